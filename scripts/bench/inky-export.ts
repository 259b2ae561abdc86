// The baseline: a story exported the way Inky's "Export for web" writes it (app/export-for-web-template
// in inkle/inky): index.html with the header and the controls, style.css, the inkjs runtime `ink.js`,
// the story as a classic script `var storyContent = {…};` and main.js, whose continueStory() continues
// as far as the next choices, a <p> per line, an <a> per choice inside a <p class="choice">, each faded
// in (opacity transition, 200 ms apart, by setTimeout), new content scrolled into view, CLEAR and
// RESTART handled. main.js below follows the template's structure step by step, written out here.
// Differences, each in the export's favour or neutral: no Google Fonts @import (there is no network
// here; the template's fonts would cost it a stylesheet and two font files), text set with textContent
// instead of innerHTML (same DOM for plain text, a little cheaper), and CLEAR/RESTART matched without
// regard to case or spaces (the template compares `tag == "CLEAR"`; our stories write `# clear`, and a
// page that never clears would grow longer than ours).
import fs from 'node:fs';
import path from 'node:path';

const INDEX = (title: string) => `<!doctype html>
<html lang="it">
<head>
    <meta charset="utf-8">
    <title>${title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" href="style.css">
</head>
<body>
    <div class="written-in-ink">Written in <a href="https://www.inklestudios.com/ink" target="_blank">ink</a></div>
    <div id="controls" class="buttons">
        <a id="rewind" title="Restart story from beginning">restart</a>
        <a id="save" title="Save progress">save</a>
        <a id="reload" title="Reload from save point">load</a>
        <a id="theme-switch" title="Switch theme">theme</a>
    </div>
    <div class="outerContainer">
        <div id="story" class="container">
            <div class="header">
                <h1>${title}</h1>
                <h2 class="byline"></h2>
            </div>
        </div>
    </div>
    <script src="ink.js"></script>
    <script src="story.js"></script>
    <script src="main.js"></script>
</body>
</html>
`;

// The template's stylesheet, less the web font import.
const STYLE = `body { font-family: 'Open Sans', sans-serif; font-weight: lighter; background: white; overflow: hidden; }
body.switched { transition: color 0.6s, background-color 0.6s; }
h1, h2 { text-align: center; font-family: "Quattrocento", Georgia, 'Times New Roman', Times, serif; margin: 0; padding: 0; }
h1 { font-size: 30pt; margin-bottom: 10px; }
h2 { font-size: 14pt; font-style: italic; font-family: sans-serif; font-weight: lighter; color: #BBB; }
.header { padding-top: 3em; padding-bottom: 3em; }
.byline { font-style: italic; }
.written-in-ink { z-index: 3; font-size: 9pt; font-family: sans-serif; text-align: center; font-weight: 700; position: fixed; display: block; width: 100%; background: white; transition: color 0.6s, background 0.6s; margin: 0; padding-top: 6px; padding-bottom: 6px; height: 14px; top: 0; }
.outerContainer { position: absolute; display: block; margin: 0; padding: 0; -webkit-overflow-scrolling: touch; overflow: scroll; overflow-x: hidden; height: 100%; width: 100%; top: 0; left: 0; margin-top: 24px; background-size: cover; background-repeat: no-repeat; }
@media screen and (max-width: 980px) { .outerContainer { margin-top: 44px; background-size: cover; background-repeat: no-repeat; } }
.container { display: block; max-width: 600px; margin: 0 auto; padding: 20px; padding-top: 4em; background: white; }
.switched .container { transition: background-color 0.6s; }
p { font-size: 13pt; color: #888; line-height: 1.7em; font-weight: lighter; }
a { font-weight: 700; color: #b97c2c; font-family: sans-serif; transition: color 0.6s; text-decoration: none; }
a:hover { color: black; transition: color 0.1s; }
strong { color: black; font-weight: bold; }
img { display: block; margin: 0 auto; max-width: 100%; }
.container .hide { opacity: 0.0; }
.container .invisible { display: none; }
.container > * { opacity: 1.0; transition: opacity 1.0s; }
.choice { text-align: center; line-height: 1.7em; }
:not(.choice) + .choice { padding-top: 1em; }
.choice a { font-size: 15pt; }
.end { text-align: center; font-weight: bold; color: black; padding-top: 20px; padding-bottom: 20px; }
#controls { z-index: 4; font-size: 9pt; text-align: center; padding-bottom: 6px; position: fixed; right: 14px; top: 4px; user-select: none; background: white; transition: color 0.6s, background 0.6s; }
#controls [disabled] { color: #ccc; }
#controls > *:not(:last-child):after { content: " | "; }
@media screen and (max-width: 980px) { #controls { z-index: 2; padding-top: 24px; top: 0; left: 0; right: 0; } }
body.dark { background: black; color: white; }
.dark h2 { color: #666; }
.dark .container { background: black; }
.dark .written-in-ink { background: black; }
.dark a { color: #cc8f1a; transition: color 0.6s; }
.dark a:hover { color: white; }
.dark strong { color: white; }
.dark #controls [disabled] { color: #444; }
.dark .end { color: white; }
.dark #controls { background: black; }
`;

// The template's main.js, step for step (audio and link tags left out: our stories have none).
const MAIN = `(function (storyContent) {
    var story = new inkjs.Story(storyContent);
    var savePoint = "";
    var globalTagTheme;

    // Global tags: theme and author.
    (story.globalTags || []).forEach(function (globalTag) {
        var split = splitPropertyTag(globalTag);
        if (split && split.property == "theme") globalTagTheme = split.val;
        else if (split && split.property == "author") document.querySelector('.byline').textContent = "by " + split.val;
    });

    var storyContainer = document.querySelector('#story');
    var outerScrollContainer = document.querySelector('.outerContainer');

    setupTheme(globalTagTheme);
    var hasSave = loadSavePoint();
    setupButtons(hasSave);
    savePoint = story.state.toJson();

    continueStory(true);

    // Everything up to the next choices: a paragraph per line, then the choices, each faded in 200 ms after the last.
    function continueStory(firstTime) {
        var delay = 0.0;
        var previousBottomEdge = firstTime ? 0 : contentBottomEdgeY();

        while (story.canContinue) {
            var paragraphText = story.Continue();
            var tags = story.currentTags;
            var customClasses = [];
            for (var i = 0; i < tags.length; i++) {
                var tag = tags[i];
                var split = splitPropertyTag(tag);
                split.property = split.property.toUpperCase();
                var bare = tag.trim().toUpperCase();
                if (split.property == "IMAGE") {
                    var imageElement = document.createElement('img');
                    imageElement.src = split.val;
                    storyContainer.appendChild(imageElement);
                    showAfter(delay, imageElement);
                    delay += 200.0;
                } else if (split.property == "BACKGROUND") {
                    outerScrollContainer.style.backgroundImage = 'url(' + split.val + ')';
                } else if (split.property == "CLASS") {
                    customClasses.push(split.val);
                } else if (bare == "CLEAR" || bare == "RESTART") {
                    removeAll("p");
                    removeAll("img");
                    setVisible(".header", false);
                    if (bare == "RESTART") {
                        restart();
                        return;
                    }
                }
            }

            var paragraphElement = document.createElement('p');
            paragraphElement.textContent = paragraphText;
            storyContainer.appendChild(paragraphElement);
            for (var j = 0; j < customClasses.length; j++) paragraphElement.classList.add(customClasses[j]);
            showAfter(delay, paragraphElement);
            delay += 200.0;
        }

        story.currentChoices.forEach(function (choice) {
            var choiceParagraphElement = document.createElement('p');
            choiceParagraphElement.classList.add("choice");
            var choiceAnchorEl = document.createElement('a');
            choiceAnchorEl.href = '#';
            choiceAnchorEl.textContent = choice.text;
            choiceParagraphElement.appendChild(choiceAnchorEl);
            storyContainer.appendChild(choiceParagraphElement);
            showAfter(delay, choiceParagraphElement);
            delay += 200.0;

            choiceAnchorEl.addEventListener("click", function (event) {
                event.preventDefault();
                // Hold the height while the choices go, so the scroll does not jump back.
                storyContainer.style.height = contentBottomEdgeY() + "px";
                removeAll(".choice");
                story.ChooseChoiceIndex(choice.index);
                savePoint = story.state.toJson();
                continueStory();
            });
        });

        storyContainer.style.height = "";
        if (!firstTime) scrollDown(previousBottomEdge);
    }

    function restart() {
        story.ResetState();
        setVisible(".header", true);
        savePoint = story.state.toJson();
        continueStory(true);
        outerScrollContainer.scrollTo(0, 0);
    }

    function showAfter(delay, el) {
        el.classList.add("hide");
        setTimeout(function () { el.classList.remove("hide"); }, delay);
    }

    // Eases the scroll down to where the previous content ended, never past the bottom.
    function scrollDown(previousBottomEdge) {
        var target = previousBottomEdge;
        var limit = outerScrollContainer.scrollHeight - outerScrollContainer.clientHeight;
        if (target > limit) target = limit;
        var start = outerScrollContainer.scrollTop;
        var dist = target - start;
        var duration = 300 + 300 * dist / 100;
        var startTime = null;
        function step(time) {
            if (startTime == null) startTime = time;
            var t = (time - startTime) / duration;
            var lerp = 3 * t * t - 2 * t * t * t;
            outerScrollContainer.scrollTo(0, (1.0 - lerp) * start + lerp * target);
            if (t < 1) requestAnimationFrame(step);
        }
        requestAnimationFrame(step);
    }

    function contentBottomEdgeY() {
        var bottomElement = storyContainer.lastElementChild;
        return bottomElement ? bottomElement.offsetTop + bottomElement.offsetHeight : 0;
    }

    function removeAll(selector) {
        var allElements = storyContainer.querySelectorAll(selector);
        for (var i = 0; i < allElements.length; i++) allElements[i].parentNode.removeChild(allElements[i]);
    }

    function setVisible(selector, visible) {
        var allElements = storyContainer.querySelectorAll(selector);
        for (var i = 0; i < allElements.length; i++) {
            if (!visible) allElements[i].classList.add("invisible");
            else allElements[i].classList.remove("invisible");
        }
    }

    function splitPropertyTag(tag) {
        var propertySplitIdx = tag.indexOf(":");
        return { property: tag.substr(0, propertySplitIdx).trim(), val: tag.substr(propertySplitIdx + 1).trim() };
    }

    function loadSavePoint() {
        try {
            var savedState = window.localStorage.getItem('save-state');
            if (savedState) {
                story.state.LoadJson(savedState);
                return true;
            }
        } catch (e) {
            console.debug("Couldn't load save state");
        }
        return false;
    }

    function setupTheme(globalTagTheme) {
        var savedTheme;
        try {
            savedTheme = window.localStorage.getItem('theme');
        } catch (e) {
            console.debug("Couldn't load saved theme");
        }
        var browserDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
        if (savedTheme === "dark" || (savedTheme == undefined && globalTagTheme === "dark") || (savedTheme == undefined && globalTagTheme == undefined && browserDark))
            document.body.classList.add("dark");
    }

    function setupButtons(hasSave) {
        var rewindEl = document.getElementById("rewind");
        if (rewindEl) rewindEl.addEventListener("click", function () {
            removeAll("p");
            removeAll("img");
            setVisible(".header", false);
            restart();
        });
        var saveEl = document.getElementById("save");
        if (saveEl) saveEl.addEventListener("click", function () {
            try {
                window.localStorage.setItem('save-state', savePoint);
                document.getElementById("reload").removeAttribute("disabled");
                window.localStorage.setItem('theme', document.body.classList.contains("dark") ? "dark" : "");
            } catch (e) {
                console.warn("Couldn't save state");
            }
        });
        var reloadEl = document.getElementById("reload");
        if (!hasSave) reloadEl.setAttribute("disabled", "disabled");
        reloadEl.addEventListener("click", function () {
            if (reloadEl.getAttribute("disabled")) return;
            removeAll("p");
            removeAll("img");
            try {
                var savedState = window.localStorage.getItem('save-state');
                if (savedState) story.state.LoadJson(savedState);
            } catch (e) {
                console.debug("Couldn't load save state");
            }
            continueStory(true);
        });
        var themeSwitchEl = document.getElementById("theme-switch");
        if (themeSwitchEl) themeSwitchEl.addEventListener("click", function () {
            document.body.classList.add("switched");
            document.body.classList.toggle("dark");
        });
    }
})(storyContent);
`;

/** Writes the export of `storyJson` (compiled ink) into `dir`: index.html, style.css, ink.js, story.js, main.js. */
export function writeInkyExport(dir: string, storyJson: string, title: string, root: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX(escaped));
  fs.writeFileSync(path.join(dir, 'style.css'), STYLE);
  fs.copyFileSync(path.join(root, 'node_modules/inkjs/dist/ink.js'), path.join(dir, 'ink.js'));
  // As Inky writes it: the compiled JSON as an object literal in a classic script.
  fs.writeFileSync(path.join(dir, 'story.js'), `var storyContent = ${storyJson};`);
  fs.writeFileSync(path.join(dir, 'main.js'), MAIN);
}

/** What the bench needs to know about the export's page. */
export const EXPORT_PAGE = {
  /** Story paragraphs (not the header, not the choices). */
  line: '#story > p:not(.choice)',
  choice: '#story > p.choice > a',
  scrollers: '.outerContainer',
  restart: '#rewind',
} as const;
