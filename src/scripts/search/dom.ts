/** An element the server-rendered markup always contains; its absence is a bug worth an error. */
export function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}
