/**
 * A few attacked images side by side: the original, the perturbation (scaled so it can be seen)
 * and the adversarial image, each with the classifier's most probable classes.
 */
import { CLASS_NAMES } from '../../lib/labs/data';
import { percent, perturbationGrey, topClasses } from '../../lib/labs/display';
import type { SavedEvasion } from '../../stores/lab-runs';
import { GreyImage } from './GreyImage';

type Example = NonNullable<SavedEvasion['outcome']['examples']>[number];

function Classes({ probabilities, caption }: { probabilities: (number | null)[]; caption: string }) {
  const top = topClasses(probabilities.map((p) => p ?? 0));
  return (
    <>
      <p className="lab-image-title">{caption}</p>
      <ol className="lab-classes">
        {top.map((c) => (
          <li key={c.label}>
            {c.name}: {percent(c.p)}
          </li>
        ))}
      </ol>
    </>
  );
}

function ExampleFigure({ x, n }: { x: Example; n: number }) {
  const { grey, scale } = perturbationGrey(x.clean, x.adversarial);
  const clean = topClasses(
    x.cleanProbabilities.map((p) => p ?? 0),
    1,
  )[0];
  const adv = topClasses(
    x.adversarialProbabilities.map((p) => p ?? 0),
    1,
  )[0];
  const fooled = clean.label === x.label && adv.label !== x.label;
  return (
    <figure className="lab-example">
      <figcaption>
        Image {n}: a {CLASS_NAMES[x.label]}
        {fooled ? ', now misclassified' : adv.label === x.label ? ', still classified correctly' : ''}
      </figcaption>
      <div className="lab-example-row">
        <div>
          <GreyImage grey={x.clean} label={`Original ${CLASS_NAMES[x.label]}, classified ${clean.name}`} />
          <Classes probabilities={x.cleanProbabilities} caption="Original" />
        </div>
        <div>
          <GreyImage grey={grey} label={`Perturbation, largest change ${scale} of 255 grey levels`} />
          <p className="lab-image-title">Perturbation</p>
          <p className="lab-help">
            {scale === 0 ? 'No change.' : `Scaled: ±${scale} grey levels shown as white and black, no change as grey.`}
          </p>
        </div>
        <div>
          <GreyImage grey={x.adversarial} label={`Adversarial image, classified ${adv.name}`} />
          <Classes probabilities={x.adversarialProbabilities} caption="Adversarial" />
        </div>
      </div>
    </figure>
  );
}

export function EvasionExamples({ examples }: { examples: Example[] }) {
  return (
    <div className="lab-examples">
      {examples.map((x, i) => (
        <ExampleFigure key={i} x={x} n={i + 1} />
      ))}
    </div>
  );
}
