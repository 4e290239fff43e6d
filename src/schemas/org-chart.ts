import { z } from 'astro/zod';
import { plainText } from './text';

export const ORG_CHART_MAX_DEPTH = 6;
export const ORG_CHART_MAX_NODES = 60;

export interface OrgNode {
  name: string;
  role?: string | undefined;
  count?: number | undefined;
  note?: string | undefined;
  children?: OrgNode[] | undefined;
}

export const orgNodeSchema: z.ZodType<OrgNode> = z.strictObject({
  name: plainText(1, 40),
  /** A short word for the node's part in the chain, e.g. 龙头 / 纽带. */
  role: plainText(1, 12).optional(),
  /** How many such units the node stands for, e.g. 40 (个党支部). */
  count: z.int().positive().optional(),
  note: plainText(1, 80).optional(),
  get children() {
    return z.array(orgNodeSchema).optional();
  },
});

/** Depth of a tree counted in levels: a lone root is 1. */
export function treeDepth(node: OrgNode): number {
  return 1 + Math.max(0, ...(node.children ?? []).map(treeDepth));
}

export function treeSize(node: OrgNode): number {
  return 1 + (node.children ?? []).reduce((sum, child) => sum + treeSize(child), 0);
}

export const orgChartSchema = z.strictObject({
  title: plainText(1, 40),
  caption: plainText(1, 200).optional(),
  direction: z.enum(['TB', 'LR']).default('TB'),
  root: orgNodeSchema.check((ctx) => {
    const depth = treeDepth(ctx.value);
    if (depth > ORG_CHART_MAX_DEPTH) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `组织架构最多 ${ORG_CHART_MAX_DEPTH} 层，实际为 ${depth} 层`,
      });
    }
    const size = treeSize(ctx.value);
    if (size > ORG_CHART_MAX_NODES) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `组织架构最多 ${ORG_CHART_MAX_NODES} 个节点，实际为 ${size} 个`,
      });
    }
  }),
});

export type OrgChart = z.output<typeof orgChartSchema>;
