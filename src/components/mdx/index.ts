import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';

/** The components a case body may use; ALLOWED_COMPONENTS in src/lib/content/mdx-body.ts lists the same names. */
export const mdxComponents = { Callout, Figure, PullQuote };
