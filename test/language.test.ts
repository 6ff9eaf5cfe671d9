import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, plainlyEnglish } from '../src/analyze/language.js';

// Written for this test: a short news paragraph in each language, on the same made-up ferry strike.
const SAMPLES: Record<string, string> = {
  en: 'The ferry operator said on Tuesday that it had cancelled all sailings to the island after the crew voted to strike. A spokesman for the union told reporters that the dispute was about pay and that talks with the company would resume on Friday.',
  de: 'Der Fährbetreiber hat am Dienstag alle Fahrten zur Insel abgesagt, nachdem die Besatzung für einen Streik gestimmt hatte. Ein Sprecher der Gewerkschaft sagte, der Streit gehe um die Löhne und die Gespräche mit dem Unternehmen würden am Freitag fortgesetzt.',
  fr: "L'exploitant du ferry a annulé mardi toutes les traversées vers l'île après que l'équipage a voté la grève. Un porte-parole du syndicat a déclaré que le conflit portait sur les salaires et que les discussions avec la compagnie reprendraient vendredi.",
  es: 'El operador del ferry canceló el martes todos los viajes a la isla después de que la tripulación votara a favor de la huelga. Un portavoz del sindicato dijo que la disputa era por los salarios y que las conversaciones con la empresa se reanudarían el viernes.',
  it: "L'operatore del traghetto ha cancellato martedì tutte le corse verso l'isola dopo che l'equipaggio ha votato per lo sciopero. Un portavoce del sindacato ha detto che la disputa riguarda i salari e che i colloqui con la società riprenderanno venerdì.",
  nl: 'De veerdienst heeft dinsdag alle afvaarten naar het eiland geschrapt nadat de bemanning voor een staking had gestemd. Een woordvoerder van de vakbond zei dat het conflict over de lonen gaat en dat de gesprekken met het bedrijf vrijdag worden hervat.',
  pt: 'A operadora do ferry cancelou na terça-feira todas as viagens para a ilha depois de a tripulação ter votado a favor da greve. Um porta-voz do sindicato disse que a disputa é sobre os salários e que as conversas com a empresa serão retomadas na sexta-feira.',
  sv: 'Färjeoperatören ställde på tisdagen in alla turer till ön efter att besättningen röstat för strejk. En talesperson för facket sa att konflikten gäller lönerna och att samtalen med bolaget återupptas på fredag.',
};

describe('language', () => {
  it('tells each language of a news paragraph apart', () => {
    for (const [lang, text] of Object.entries(SAMPLES)) assert.equal(detectLanguage(text, null), lang, lang);
  });

  it('takes plainly English prose without the n-gram model, and nothing else', () => {
    assert.equal(plainlyEnglish(SAMPLES.en as string), true);
    for (const [lang, text] of Object.entries(SAMPLES)) if (lang !== 'en') assert.equal(plainlyEnglish(text), false, lang);
  });

  it('leaves a paragraph in another language that quotes English to the full detector', () => {
    const quoting =
      'Der Minister sagte am Montag auf Englisch: "We will not accept this, and the ferry will sail on time." Die Gewerkschaft kündigte an, dass der Streik bis zum Ende der Woche dauern werde und die Fahrgäste auf andere Verbindungen ausweichen müssten.';
    assert.equal(plainlyEnglish(quoting), false);
    assert.equal(detectLanguage(quoting, null), 'de');
  });

  it('leaves a sample too short to judge by its function words to the full detector', () => {
    assert.equal(plainlyEnglish('The ferry is late.'), false);
  });

  it('trusts plainly English text over a page that states another language', () => {
    assert.equal(detectLanguage(SAMPLES.en as string, 'fr'), 'en');
  });
});
