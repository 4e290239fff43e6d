import { describe, expect, it } from 'vitest';
import { cleanMermaidSvg, MIN_SCALE } from '../../../src/lib/org-chart/svg';

const raw =
  '<svg id="org-1" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 400.5px;" viewBox="0 0 400.5 200">' +
  '<style>#org-1{font-family:x;}</style><g>' +
  '<marker id="org-1_flowchart-v2-pointEnd" class="marker"><path d="M 0 0"></path></marker>' +
  '<marker id="org-1_flowchart-v2-circleEnd" class="marker"><circle r="5"></circle></marker>' +
  '<g class="root"><g class="edgePaths"><path d="M1,1" data-points="AAAA" marker-end="url(#org-1_flowchart-v2-pointEnd)"></path></g>' +
  '<g class="edgeLabels"><g class="edgeLabel"><g class="label" data-id="L_n0_n1_0" transform="translate(0, 0)"><foreignObject width="0" height="0"><div xmlns="http://www.w3.org/1999/xhtml" class="labelBkg" style="display: table-cell;"><span class="edgeLabel"></span></div></foreignObject></g></g></g>' +
  '<g class="nodes"><g class="node"><foreignObject width="120" height="45"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>局党组<br>全局320名党员</p></span></div></foreignObject></g></g>' +
  '</g></g><defs><filter id="org-1-drop-shadow"><feDropShadow></feDropShadow></filter></defs></svg>';

describe('cleanMermaidSvg', () => {
  const clean = cleanMermaidSvg(raw);

  it("drops Mermaid's stylesheet, unused definitions, empty edge labels and layout data", () => {
    expect(clean).not.toContain('<style>');
    expect(clean).not.toContain('circleEnd');
    expect(clean).not.toContain('drop-shadow');
    expect(clean).not.toContain('edgeLabel');
    expect(clean).not.toContain('data-points');
  });

  it('keeps node labels as text and line breaks in their span, without the paragraph HTML forbids there', () => {
    expect(clean).toContain('<span class="nodeLabel">局党组<br>全局320名党员</span>');
    expect(clean).not.toContain('<p>');
  });

  it('keeps what is referenced', () => {
    expect(clean).toContain('<marker id="org-1_flowchart-v2-pointEnd"');
    expect(clean).toContain('marker-end="url(#org-1_flowchart-v2-pointEnd)"');
  });

  it('lets a diagram shrink to fit, but not below a readable scale', () => {
    expect(clean).toContain(`style="max-width: 401px; min-width: ${Math.ceil(400.5 * MIN_SCALE)}px;"`);
  });
});
