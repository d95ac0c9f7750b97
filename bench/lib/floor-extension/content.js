// The least any extension that marks a page after its first paint must do: an isolated world, one
// question to its background, one walk over the text, one highlight with Siyaq's style, and the
// repaint that shows it. One word is marked, so that nearly all of the cost is this floor.
(() => {
  const mark = async () => {
    const state = await chrome.runtime.sendMessage({ type: 'site/state' });
    if (!state || !state.on) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '::highlight(floor) { background-color: rgb(37 99 235 / 0.16); text-decoration: underline 2px rgb(37 99 235 / 0.85); text-underline-offset: 0.3em; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const highlight = new Highlight();
    const word = 'غزة';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      for (let i = data.indexOf(word); i >= 0; i = data.indexOf(word, i + word.length)) {
        highlight.add(new StaticRange({ startContainer: node, startOffset: i, endContainer: node, endOffset: i + word.length }));
      }
    }
    CSS.highlights.set('floor', highlight);
  };
  // After the first paint, as Siyaq starts.
  requestAnimationFrame(() => setTimeout(mark, 0));
})();
