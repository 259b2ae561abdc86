// The baseline: a minimal plain-DOM inkjs page, the way Inky's web export plays a story
// (a <p> per line, choices as links, CLEAR empties the page, new text scrolled into view),
// stepping one line per click like our player.
export function plainPageHtml(storyJson: string): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>plain ink</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:40em;margin:2em auto}#next{display:block}</style>
</head><body>
<div id="story"></div>
<button id="next" data-advance>Avanti</button>
<script src="ink.js"></script>
<script>
  var story = new inkjs.Story(${JSON.stringify(storyJson)});
  var out = document.getElementById('story');
  var next = document.getElementById('next');
  var lines = 0;
  function choices() {
    story.currentChoices.forEach(function (choice) {
      var a = document.createElement('a');
      a.href = '#'; a.textContent = choice.text; a.setAttribute('data-choice', '');
      a.style.display = 'block';
      a.onclick = function (e) {
        e.preventDefault();
        out.querySelectorAll('[data-choice]').forEach(function (c) { c.remove(); });
        story.ChooseChoiceIndex(choice.index);
        step();
      };
      out.appendChild(a);
    });
  }
  function step() {
    while (story.canContinue) {
      var text = story.Continue().trim();
      if (story.currentTags.some(function (t) { return /^clear$/i.test(t.trim()); })) out.textContent = '';
      if (!text) continue;
      var p = document.createElement('p');
      p.textContent = text; p.setAttribute('data-line', String(lines++));
      out.appendChild(p);
      p.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      break;
    }
    next.hidden = !story.canContinue;
    if (!story.canContinue) choices();
  }
  next.onclick = step;
  step();
</script></body></html>`;
}
