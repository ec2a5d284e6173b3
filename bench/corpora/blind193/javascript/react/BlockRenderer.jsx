import React from 'react';
import { Button } from '../ui/Button';
import { Image } from '../ui/Image';

// Renders page blocks from the headless CMS. Editors (including agency freelancers)
// can set arbitrary "attributes" on a block in the CMS's JSON view.
export function BlockRenderer({ block }) {
  switch (block.type) {
    case 'heading':
      return <h2 className="block-heading">{block.text}</h2>;
    case 'button':
      return <Button {...block.attributes}>{block.label}</Button>;
    case 'image':
      return <Image src={block.src} alt={block.alt || ''} width={block.width} height={block.height} />;
    case 'custom':
      return <CustomBlock block={block} />;
    default:
      return null;
  }
}

function CustomBlock({ block }) {
  // the attributes object goes straight onto a DOM element, dangerouslySetInnerHTML included
  // expect: xss
  return <div {...block.attributes} />;
}

export function Spacer({ size }) {
  const style = { height: `${Number(size) || 16}px` };
  return <div className="spacer" style={style} />;
}

export function Columns({ blocks }) {
  return (
    <div className="columns">
      {blocks.map((b) => (
        <div className="column" key={b.id}>
          <BlockRenderer block={b} />
        </div>
      ))}
    </div>
  );
}
