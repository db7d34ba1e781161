/**
 * Test images the attack aims at, as the retrained model sees them (with the sticker, for a
 * backdoor), each with the class it now gets and, for a backdoor, the class without the sticker.
 */
import { CLASS_NAMES } from '../../lib/labs/data';
import type { SavedPoisoning } from '../../stores/lab-runs';
import { GreyImage } from './GreyImage';

type Example = NonNullable<SavedPoisoning['outcome']['examples']>[number];

export function PoisonedExamples({ examples, caption }: { examples: Example[]; caption: string }) {
  return (
    <figure className="lab-example">
      <figcaption>{caption}</figcaption>
      <ul className="lab-triggered">
        {examples.map((x, i) => {
          const sticker = x.withoutTrigger !== null;
          const name = `${CLASS_NAMES[x.label]}${sticker ? ' with the sticker' : ''}, tagged ${CLASS_NAMES[x.predicted]}`;
          return (
            <li key={i}>
              <GreyImage grey={x.pixels} label={name} />
              <span className="lab-image-title">Tagged {CLASS_NAMES[x.predicted]}</span>
              {sticker && <span className="lab-help"> (without the sticker: {CLASS_NAMES[x.withoutTrigger!]})</span>}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
