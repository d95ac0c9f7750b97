/** A _locales entry, formatted the way browser.i18n formats it ($NAME$ bound to $1, $2 …; $$ is $). */
export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatMessage(entry: Message | undefined, substitutions: string[]): string | undefined {
  if (!entry) return undefined;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}
