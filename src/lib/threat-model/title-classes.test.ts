import { describe, expect, it } from 'vitest';
import { classesInText, isStuffedTitle } from './title-classes';

describe('classesInText', () => {
  it.each([
    ['Competitor clones the model through the API', ['extraction']],
    ['Contributors poison the training labels', ['poisoning']],
    ['A trigger patch plants a backdoor', ['backdoor']],
    ['Adversarial images evade the classifier', ['evasion']],
    ['Membership inference on customer records', ['membership-inference']],
    ['Indirect prompt injection through retrieved pages', ['prompt-injection-direct', 'prompt-injection-indirect']],
    ['Stolen API keys used to query the service', ['identity-abuse']],
    ['A flood of requests exhausts the GPUs', ['dos-cost']],
    ['Container escape from a training job', ['infrastructure-compromise']],
  ])('reads "%s" as %j', (title, classes) => {
    expect(classesInText(title)).toEqual(classes);
  });
  it('finds nothing in a threat that names no attack', () => {
    expect(classesInText('Weak passwords on the admin page')).toEqual([]);
    expect(classesInText('')).toEqual([]);
  });
});

describe('isStuffedTitle', () => {
  it('marks titles made of framework labels (the gamed models of issue 12)', () => {
    expect(
      isStuffedTitle('HIGH RISK ATLAS AML.T0020 Poison Training Data / OWASP ML02 Data Poisoning Attack / STRIDE'),
    ).toBe(true);
    expect(isStuffedTitle('STRIDE Spoofing ATLAS Establish Accounts sybil poisoning')).toBe(true);
    expect(isStuffedTitle('AML.T0020 ML02 poisoning')).toBe(true);
  });
  it('leaves titles that cite their IDs alone', () => {
    expect(isStuffedTitle('Crowd poisoning via fake accounts (AML.T0020, ML02)')).toBe(false);
    expect(isStuffedTitle('Model extraction through the scoring API (AML.T0024.002)')).toBe(false);
    expect(isStuffedTitle('Poisoning')).toBe(false);
  });
});
