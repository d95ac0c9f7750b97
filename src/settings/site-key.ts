/**
 * A site is a registrable domain (www.aljazeera.net and aljazeera.net are one site,
 * news.bbc.co.uk is bbc.co.uk), found with the Public Suffix List through tldts; hosts without
 * one (localhost, an IP address) are their own site. Only the background needs the list.
 */
import { getDomain } from 'tldts';

export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}
