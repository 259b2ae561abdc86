// The baseline: a minimal plain-DOM inkjs page, the way Inky's web export plays a story
// (a <p> per line, choices as links), stepping one line per click like our player.
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
      if (!text) continue;
      var p = document.createElement('p');
      p.textContent = text; p.setAttribute('data-line', '');
      out.appendChild(p);
      break;
    }
    next.hidden = !story.canContinue;
    if (!story.canContinue) choices();
  }
  next.onclick = step;
  step();
</script></body></html>`;
}
