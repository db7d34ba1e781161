/** The site's top-level pages, described for search (their content is not in a collection). */
import type { SearchCorpus } from './documents';

export const SITE_PAGES: NonNullable<SearchCorpus['pages']> = [
  {
    href: '/',
    title: 'AI Security Dojo',
    summary:
      'Learn, practise and hire for AI security engineering: threat models, interview questions, a model-extraction simulator and a career and skill guide.',
  },
  {
    href: '/learn/',
    title: 'Learn',
    summary:
      'Scenario exercises in AI security: threat model ML systems and answer interview questions, scored with feedback.',
  },
  {
    href: '/interview/',
    title: 'Interview',
    summary: 'Structured hiring-panel interviews for AI security roles with anchored rubrics and independent scoring.',
  },
  {
    href: '/simulator/',
    title: 'Model-extraction simulator',
    summary:
      'Steal a fraud model through its prediction API in your browser, then defend it with output obfuscation, query limits and detection.',
  },
  {
    href: '/labs/',
    title: 'Labs',
    summary:
      'Hands-on evasion and poisoning labs on a product-image classifier, in your browser, with the attacks and defences of IBM ART.',
  },
  {
    href: '/labs/evasion/',
    title: 'Evasion lab: adversarial images',
    summary:
      'FGSM and PGD under L∞ and L2 against a Fashion-MNIST CNN: adversarial accuracy, attack success, perturbations drawn, accuracy against epsilon.',
  },
  {
    href: '/labs/poisoning/',
    title: 'Poisoning lab: the labelling crowd',
    summary:
      'Backdoor stickers and label-flipping contributors against a crowd-labelled image classifier, found by consensus, activation clustering, spectral signatures.',
  },
  {
    href: '/guide/',
    title: 'Career and skill guide',
    summary: 'Careers, skills, frameworks, MITRE ATLAS techniques, mitigations and tools for AI security engineering.',
  },
];
