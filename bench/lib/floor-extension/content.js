// The least any extension that marks a page after its first paint must do: an isolated world, one
// question to its background, one walk over the text, one highlight drawn by Siyaq's own sheet
// (which the bench writes into early.js, adopted at document_start as Siyaq adopts it), and the
// repaint that shows it. One word is marked once, a place, so that nearly all of the cost is this
// floor.
(() => {
  const mark = async () => {
    const state = await chrome.runtime.sendMessage({ type: 'site/state' });
    if (!state || !state.on) return;
    // The word's first place on the page, as Siyaq marks an entity's first mention, though the
    // walk reads all the text, as Siyaq's does.
    const highlight = new Highlight();
    const word = 'غزة';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(word);
      if (i >= 0 && highlight.size === 0) {
        highlight.add(new StaticRange({ startContainer: node, startOffset: i, endContainer: node, endOffset: i + word.length }));
      }
    }
    CSS.highlights.set('siyaq-place', highlight);
  };
  // After the first paint, as Siyaq starts.
  requestAnimationFrame(() => setTimeout(mark, 0));
})();
