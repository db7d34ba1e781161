import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from './language';

describe('detectLanguage (franc-min, with an English function-word check)', () => {
  it('reads technical English as English, acronyms and all', () => {
    for (const t of [
      'Stop returning raw probabilities; return only the label and rate limit each API key.',
      '- Asset → years of labelled fraud outcomes + feature engineering; replacement cost',
      'PGD with restarts; HopSkipJump; Square; SimBA; report robust accuracy per eps and per class.',
      'DFD: users, event stream, feature store, nightly training, serving. STRIDE per element.',
      'Vérifier: the café’s résumé screening model, naïve Bayes, déjà vu attacks on the API.',
    ])
      expect(detectLanguage(t).english).toBe(true);
  });

  it('flags French, German and Spanish answers', () => {
    expect(
      detectLanguage(
        "Je renverrais seulement l'étiquette au lieu de la probabilité, et je limiterais le nombre de requêtes par client.",
      ),
    ).toMatchObject({ english: false, code: 'fra' });
    expect(
      detectLanguage('Ich würde nur das Label zurückgeben und die Anzahl der Anfragen pro Kunde und Tag begrenzen.'),
    ).toMatchObject({ english: false, code: 'deu' });
    expect(
      detectLanguage(
        'Devolvería solo la etiqueta en lugar de la probabilidad y limitaría las consultas de cada cliente.',
      ),
    ).toMatchObject({ english: false, code: 'spa' });
    expect(
      detectLanguage('Я бы возвращал только метку класса вместо вероятности и ограничил число запросов для клиента.'),
    ).toMatchObject({ english: false, code: 'rus' });
    expect(languageName('fra')).toBe('French');
    expect(languageName('xyz')).toBe('language "xyz"');
  });

  it('does not judge a text too short to tell', () => {
    expect(detectLanguage('Rate limit.')).toMatchObject({ english: true, code: 'und' });
  });
});
