/** The card frame's styles; colours follow the reader's light or dark scheme. */
export const CARD_CSS = `
html, body { margin: 0; background: transparent; }
/* The frame's edge around the card is where its shadow falls; a card taller than the room the
   host gives it scrolls within the frame. */
body { padding: 8px; overflow: auto; }
.card {
  box-sizing: border-box;
  padding: 0.75rem 0.9rem;
  border-radius: 10px;
  background: #ffffff;
  color: #1c1917;
  border: 1px solid #d6d3d1;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.22);
  font: 15px/1.7 system-ui, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif;
  text-align: start;
}
.card .head { display: flex; align-items: baseline; justify-content: space-between; gap: 0.5rem; }
.card h2 { font-size: 1.1rem; margin: 0; }
.type { font-size: 0.75rem; padding: 0 0.5rem; border-radius: 999px; background: #f5f5f4; white-space: nowrap; }
.canonical, .english { margin: 0; color: #57534e; font-size: 0.85rem; }
.description { margin: 0.4rem 0; font-weight: 600; }
.passage { margin: 0.4rem 0; }
.passage .quote {
  margin: 0; padding-inline-start: 0.6rem; border-inline-start: 3px solid #0f766e;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
}
.passage .source { margin: 0; font-size: 0.8rem; color: #57534e; }
.muted { color: #78716c; font-size: 0.85rem; }
.dated-roles ul { margin: 0.3rem 0 0; padding: 0; list-style: none; }
.role-current { font-weight: 600; }
.roles-later { margin: 0.2rem 0 0; font-size: 0.85rem; }
.later-heading { margin: 0; font-size: 0.75rem; color: #b45309; }
.roles-date { margin: 0.2rem 0; font-size: 0.75rem; }
.open {
  margin-top: 0.4rem; font: inherit; font-size: 0.9rem; padding: 0.25rem 0.8rem; border-radius: 6px;
  border: 1px solid #0f766e; background: #0f766e; color: #fff; cursor: pointer;
}
.open:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1c1917; color: #f5f5f4; border-color: #44403c; }
  .type { background: #292524; }
  .canonical, .english, .passage .source { color: #a8a29e; }
  .passage .quote { border-color: #2dd4bf; }
  .later-heading { color: #fbbf24; }
}
`;
