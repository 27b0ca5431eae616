// One XML part of a document, read as a stream of events with saxes (a conformant, well-kept
// parser that expands no external entities and no entities declared in a DTD, so neither
// "billion laughs" nor a file fetched from elsewhere can come through it). Depth is capped
// so that a part nested a million levels deep is an error, not a stack of a million frames.
import { SaxesParser } from 'saxes';
import { DocumentError } from './document-error';

/** What a walk over XML calls: element names are local (without their prefix). @internal */
export interface XmlVisitor {
  open(name: string, attributes: (local: string) => string | undefined): void;
  close(name: string): void;
  text(text: string): void;
}

/** Nesting deeper than Word ever writes (tables in tables are a few dozen levels). */
const MAX_DEPTH = 512;

/** Walks `xml` (part `partName` of the document), calling `visitor` for each event. @internal */
export function walkXml(xml: string, partName: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let failure: Error | undefined;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) {
      failure ??= new DocumentError(
        'too-complex',
        `its part ${partName} is nested more than ${MAX_DEPTH} levels deep, which no real document is: it may be damaged.`,
      );
      return;
    }
    const attributes = tag.attributes;
    visitor.open(tag.local, (local) => {
      for (const attribute of Object.values(attributes)) {
        if (attribute.local === local) return attribute.value;
      }
      return undefined;
    });
  });
  parser.on('closetag', (tag) => {
    if (depth-- > MAX_DEPTH) return;
    visitor.close(tag.local);
  });
  parser.on('text', (text) => {
    if (depth <= MAX_DEPTH) visitor.text(text);
  });
  parser.on('cdata', (text) => {
    if (depth <= MAX_DEPTH) visitor.text(text);
  });
  parser.on('error', (error) => {
    failure ??= new DocumentError(
      'corrupt',
      `its part ${partName} is not valid XML (${error.message.split('\n')[0]}): open it in Word and save it again.`,
    );
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw failure;
}
