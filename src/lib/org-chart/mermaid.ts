import type { OrgChart, OrgNode } from '../../schemas/org-chart';

/**
 * Mermaid entity codes for every character that means something in flowchart syntax or in HTML.
 * Mermaid turns `#name;` back into an HTML entity after rendering, so the reader sees the character
 * itself and no editor text can become Mermaid syntax or markup.
 */
const ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '`': '#96;',
  '\\': '#92;',
  ';': '#59;',
  '%': '#37;',
  '*': '#42;',
  _: '#95;',
  '~': '#126;',
  '-': '#45;',
  '=': '#61;',
};

/** Editor text as literal Mermaid label text: entities for syntax characters, whitespace folded to one space. */
export function escapeLabel(text: string): string {
  return (
    text
      .replace(/[\s\u2028\u2029]+/g, ' ')
      .trim()
      .replace(/["#&<>|[\](){}`\\;%*_~=-]/g, (char) => ENTITIES[char] ?? char)
      // Mermaid rewrites lines that contain `style …:…#…;` or `classDef …` before reading entities.
      .replace(/style|classDef/gi, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`)
  );
}

/** Accessible title and description text: one line, no Mermaid comment or directive markers. */
function escapeAccessibleText(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(/[{}%]/g, '')
    .trim();
}

/** The text a node shows: its name, then ×count, role and note on a second line. */
export function nodeLabel(node: OrgNode): string {
  const name = escapeLabel(node.name) + (node.count === undefined ? '' : ` ×${node.count}`);
  const details = [node.role, node.note].filter((part): part is string => Boolean(part)).map(escapeLabel);
  return details.length === 0 ? name : `${name}<br/>${details.join(' · ')}`;
}

/**
 * One Mermaid flowchart for one org chart. Node ids are generated (n0, n1, … in depth-first order),
 * never taken from editor text, so the same tree always gives the same source.
 */
export function orgChartToMermaid(chart: OrgChart): string {
  const lines = [`flowchart ${chart.direction}`, `  accTitle: ${escapeAccessibleText(chart.title)}`];
  if (chart.caption) lines.push(`  accDescr: ${escapeAccessibleText(chart.caption)}`);
  let next = 0;
  const visit = (node: OrgNode, parent?: string) => {
    const id = `n${next++}`;
    lines.push(`  ${id}["${nodeLabel(node)}"]`);
    if (parent) lines.push(`  ${parent} --> ${id}`);
    for (const child of node.children ?? []) visit(child, id);
  };
  visit(chart.root);
  return `${lines.join('\n')}\n`;
}
