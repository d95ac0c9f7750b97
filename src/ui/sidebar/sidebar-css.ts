/** The sidebar frame's styles; light and dark follow the reader's scheme. */
export const SIDEBAR_CSS = `
html, body { margin: 0; height: 100%; }
.sidebar {
  position: fixed; inset: 0;
  box-sizing: border-box;
  display: flex; flex-direction: column;
  background: #fafaf9; color: #1c1917; border-right: 1px solid #d6d3d1;
  font: 15px/1.7 system-ui, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif;
  text-align: start; pointer-events: auto;
}
.resize { position: absolute; top: 0; bottom: 0; right: 0; width: 6px; cursor: ew-resize; }
.resize:focus-visible { outline: 3px solid #facc15; }
.bar { display: flex; justify-content: space-between; align-items: center; padding: 0.4rem 0.6rem; border-bottom: 1px solid #e7e5e4; }
.bar nav { display: flex; gap: 0.3rem; }
button { font: inherit; color: inherit; cursor: pointer; }
.bar button, .details, .chip {
  background: transparent; border: 1px solid #d6d3d1; border-radius: 6px; padding: 0.1rem 0.6rem;
}
.bar button:disabled { opacity: 0.4; cursor: default; }
.close { font-size: 1.2rem; line-height: 1; }
.save-status { font-size: 0.8rem; align-self: center; }
.save-status:empty { display: none; }
.add-actor form { display: grid; gap: 0.5rem; }
.add-actor label { display: grid; gap: 0.2rem; }
.add-actor input, .add-actor select { font: inherit; padding: 0.25rem 0.5rem; border: 1px solid #a8a29e; border-radius: 6px; background: #fff; color: inherit; }
.add-actor .submit { justify-self: start; background: #0f766e; color: #fff; border: 1px solid #0f766e; border-radius: 6px; padding: 0.2rem 0.9rem; }
button:focus-visible, input:focus-visible { outline: 3px solid #facc15; outline-offset: 1px; }
.search { padding: 0.5rem 0.6rem; }
.search input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.3rem 0.6rem; border: 1px solid #a8a29e; border-radius: 6px; background: #fff; color: inherit; }
.content { flex: 1; overflow: auto; padding: 0 0.9rem 1rem; }
h2 { font-size: 1.2rem; margin: 0.6rem 0 0.2rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; color: #0f766e; }
ul, ol { margin: 0; padding: 0; list-style: none; }
.entity-list li { display: flex; gap: 0.4rem; margin: 0.2rem 0; }
.entity { flex: 1; display: flex; justify-content: space-between; background: #fff; border: 1px solid #e7e5e4; border-radius: 6px; padding: 0.2rem 0.6rem; text-align: start; }
.count { color: #57534e; font-variant-numeric: tabular-nums; }
.english, .muted, .source { color: #57534e; font-size: 0.85rem; margin: 0; }
.type { font-size: 0.75rem; padding: 0 0.5rem; border-radius: 999px; background: #e7e5e4; }
.description { font-weight: 600; }
.description .source { font-weight: normal; }
.error { color: #b91c1c; }
.passage { margin: 0.6rem 0; }
.passage blockquote { margin: 0; padding-inline-start: 0.6rem; border-inline-start: 3px solid #0f766e; }
.passage p { margin: 0; }
.passage .context { color: #57534e; }
.passage .actions { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: baseline; font-size: 0.85rem; }
.passage .copied { color: #57534e; }
mark { background: rgb(250 204 21 / 0.45); color: inherit; }
.link { background: none; border: none; padding: 0; color: #0f766e; text-decoration: underline; text-align: start; }
.chips { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.timeline li, .on-page li { margin: 0.4rem 0; }
.more-on-page { margin: 0.4rem 0; color: #525252; }
.timeline time { font-weight: 600; }
.timeline .page-date { border-inline-start: 3px solid #b45309; padding-inline-start: 0.5rem; color: #b45309; }
h4.since { font-size: 0.9rem; margin: 0.8rem 0 0.2rem; color: #b45309; }
.dated-roles ul { margin: 0; padding: 0; list-style: none; }
.role-current { font-weight: 600; }
.roles-later { margin-top: 0.4rem; }
.later-heading { margin: 0; font-size: 0.85rem; color: #b45309; }
.roles-date { font-size: 0.8rem; }
.timeline p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .sidebar { background: #1c1917; color: #f5f5f4; border-color: #44403c; }
  .bar { border-color: #44403c; }
  .bar button, .details, .chip, .entity { border-color: #44403c; }
  .entity, .search input { background: #292524; }
  .english, .muted, .source, .count, .passage .context, .passage .copied { color: #a8a29e; }
  .type { background: #44403c; }
  h3, .link { color: #2dd4bf; }
  .passage blockquote { border-color: #2dd4bf; }
  .error { color: #fca5a5; }
  .timeline .page-date, h4.since, .later-heading { color: #fbbf24; border-color: #fbbf24; }
}
`;
