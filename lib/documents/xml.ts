import { DOMParser, type Element, type Node } from "@xmldom/xmldom";

/** Small helpers over @xmldom/xmldom for WordprocessingML (names compared with their w: prefix). */

const ELEMENT_NODE = 1;

export function parseXml(xml: string): Element | null {
  return new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement;
}

export function childElements(parent: Node | null | undefined, name?: string): Element[] {
  if (!parent) return [];
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && (name === undefined || child.nodeName === name)) found.push(child as Element);
  }
  return found;
}

export function attr(element: Element | undefined, name: string): string | null {
  return element?.getAttribute(name) ?? null;
}

/** The first descendant on a path of child names: path(p, "w:pPr", "w:numPr", "w:numId"). */
export function descend(element: Element | undefined, ...names: string[]): Element | undefined {
  let current = element;
  for (const name of names) current = childElements(current, name)[0];
  return current;
}
