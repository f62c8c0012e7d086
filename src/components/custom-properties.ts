/**
 * `${customProperties({ '--swatch-color': color })}` on an element sets CSS custom properties
 * through the CSSOM (`style.setProperty`), which a strict `style-src` allows. A `style`
 * attribute is inline style that such a policy blocks, and Lit's styleMap writes one on its
 * first render. The element's stylesheet reads the properties (`background: var(--swatch-color)`).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type CustomPropertyMap = Readonly<Record<`--${string}`, string>>;

class CustomPropertiesDirective extends Directive {
  #previous: readonly string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('customProperties() belongs on the element itself: <span ${customProperties({…})}>');
  }

  render(_properties: CustomPropertyMap): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CustomPropertyMap]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.#previous = Object.keys(properties);
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
