// The furniture model: what site chrome looks like as a line, whatever the site, and what it must not take.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBareUrl, isCaption, isConsentNotice, isCreditLine, isDateline, isFurnitureLine } from '../src/extract/furniture.js';

test('short calls to action, counters and shortcodes are furniture; sentences of the article are not', () => {
  for (const line of ['Sign up to read this article', 'Image 1 of 5', '3 of 12', '[button link="/submit"] Send us your review[/button]', 'Advert', 'Share on Facebook']) {
    assert.ok(isFurnitureLine(line), line);
  }
  for (const line of ['The pilots signed the agreement on Friday.', '“We asked for safe rosters,” she said.', 'Ships waited offshore for two weeks.']) {
    assert.ok(!isFurnitureLine(line), line);
  }
});

test('a longer promotion that asks the reader to subscribe or follow is furniture; reporting on subscriptions is not', () => {
  assert.ok(isFurnitureLine('Need more harbour news? Subscribe to our weekly newsletter for the latest shipping stories, tide tables and the best photographs from the coast, delivered to you.'));
  assert.ok(!isFurnitureLine('The port authority said subscriptions to its pilot-booking service had doubled since the strike began, and that it would hire more staff to handle requests.'));
  assert.ok(!isFurnitureLine('“If you subscribe to the idea that pilots are a cost, you will never understand this strike,” said Mara Quist, who chairs the association.'));
});

test('datelines, credit lines, bare addresses and consent notices', () => {
  assert.ok(isDateline('Published 11:34 PM EST Nov 19, 2019'));
  assert.ok(isDateline('Wednesday November 20, 2019'));
  assert.ok(!isDateline('November was the wettest month since 1998.'));
  assert.ok(isCreditLine('Meg Kinnard and Errin Haines, Associated Press'));
  assert.ok(!isCreditLine('The Associated Press reported the strike had ended on Friday.'));
  assert.ok(isBareUrl('https://harbourtimes.example/pilots'));
  assert.ok(!isBareUrl('See https://harbourtimes.example/pilots for more'));
  assert.ok(isConsentNotice('Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit Ihrer Zustimmung akzeptieren Sie unsere Datenschutzerklärung.'));
  assert.ok(!isConsentNotice('The bakery sold cookies and bread to the striking pilots all week.'));
});

test('the same chrome in German, French, Spanish, Italian, Dutch and Portuguese; their sentences that share its words are kept', () => {
  for (const line of ['Weiterlesen', 'Lesen Sie auch:', 'Mehr zum Thema', 'Teilen', 'Anzeige', 'À lire aussi', 'Suivez-nous sur Instagram', 'Lee también', 'Síguenos en Telegram', 'Leggi anche', 'Lees ook', 'Saiba mais']) {
    assert.ok(isFurnitureLine(line), line);
  }
  for (const line of ['Die Lotsen teilen sich die Schichten künftig zu sechst.', 'Die Anzeige wurde am Freitag erstattet.', 'Le port va recruter six pilotes.', 'Los prácticos volvieron al trabajo el viernes.']) {
    assert.ok(!isFurnitureLine(line), line);
  }
});

test('a dateline of an update and a first posting together is a dateline', () => {
  assert.ok(isDateline('Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM'));
});

test('numbers alone are a dateline only when written as a date', () => {
  assert.ok(isDateline('19.11.2019'));
  assert.ok(isDateline('2019-11-19 08:15'));
  assert.ok(!isDateline('286,35 €'));
  assert.ok(!isDateline('+81 158-23-2012'));
});

test('datelines, contents headings, copyright and error messages in other languages', () => {
  for (const line of ['Aktualisiert am 19. November 2019, 08:15 Uhr', 'Publié le mardi 19 novembre 2019 à 8 h 15', 'Publicado el 19 de noviembre de 2019']) assert.ok(isDateline(line), line);
  assert.ok(!isDateline('Die Lotsen streikten im November 2019 zwei Wochen lang.'));
  for (const line of ['Inhaltsverzeichnis', 'Vervielfältigung nur mit Genehmigung', 'Tous droits réservés', 'Warning: Creating default object from empty value in /var/www/theme/functions.php on line 42', 'Bild anzeigen']) {
    assert.ok(isFurnitureLine(line), line);
  }
  assert.ok(isCaption('Photograph by Ana Ruiz'));
});

test("where else to follow the outlet or reach its writer is furniture, however long; news about social networks is not", () => {
  for (const line of [
    'Follow The Harbour Times on Twitter and Instagram @HarbourTimes and on Facebook for the latest stories from the coast and the port.',
    'Ana Ruiz may be reached at aruiz@harbourtimes.example. Follow her on Twitter @anaruiz or on Facebook for more harbour news.',
    'For the latest stories and breaking news updates download the Harbour Times app from your phone’s app store today.',
    'This article is the copyrighted property of the Harbour Times.',
    'Contenido relacionado',
  ]) {
    assert.ok(isFurnitureLine(line), line);
  }
  assert.ok(!isFurnitureLine('The port authority said it would follow the pilots’ association on Twitter and answer their questions about the new rosters in public.'));
  assert.ok(!isFurnitureLine('Mara Quist said the pilots could be reached by radio at any hour, and that ships would be brought in as soon as the weather allowed.'));
});

test('a byline line is furniture; a sentence that starts with "By" is not', () => {
  for (const line of ['By Tomas Brenner March 12, 2026', 'VON Sina Giebel', 'Par Marie Dupont, à Lyon']) assert.ok(isFurnitureLine(line), line);
  for (const line of ['By Friday the port had reopened.', 'by the end of the week, ships were moving again']) assert.ok(!isFurnitureLine(line), line);
});

test('closing credits, blog datelines, file-photo captions and affiliate disclosures', () => {
  assert.ok(isCreditLine('Keith Marsh contributed reporting from Tindvik.'));
  assert.ok(isCreditLine('Posted on Oktober 27, 2015 by Admin'));
  assert.ok(!isCreditLine('The pilots posted their demands on the port gate by Monday morning.'));
  assert.ok(isCaption('In this Dec. 12, 2006, file photo, harbour pilots walk along the quay in Port Alvera.'));
  assert.ok(isDateline('Nov. 19, 2019 8:03 am ET'));
  assert.ok(isFurnitureLine('If you buy something through this post, the Harbour Times may get a share of the sale.'));
  assert.ok(!isFurnitureLine('If you buy a ticket for the ferry this week, the crossing will take twice as long as usual because of the strike.'));
});

test('what a reader must do to comment, in several languages, and app promotions in the plural', () => {
  for (const line of [
    'Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.',
    'Para comentar debes registrarte y completar los datos generales.',
    'For the latest stories and breaking news updates download the Harbour Times apps for iOS and Android.',
    'If you’re seeing this message but you’re already a subscriber, you can log in to read on.',
  ]) assert.ok(isFurnitureLine(line), line);
  assert.ok(!isFurnitureLine('Die Lotsen müssen sich registrieren, um an den Verhandlungen mit der Hafenbehörde teilnehmen zu können, sagte die Sprecherin.'));
});

test('credits of pictures and sources in several languages, and section headings of other content', () => {
  for (const line of ['Foto: Instagram', 'Abbildung 4: klassische Schwachschicht.', 'Quelle: Hafenbehörde Port Alvera', 'Mara Quist, photo: Harbour Times']) assert.ok(isCaption(line), line);
  assert.ok(!isCaption('Die Quelle des Flusses liegt in den Bergen oberhalb von Port Alvera, wo es im Winter viel schneit.'));
  for (const line of ['Mehr zum Hafen', 'Weitere Tourentipps', 'Noch mehr Infos für dich', 'Externer Inhalt', 'Mit Freunden teilen', 'Veja também:', 'Alle Angaben ohne Gewähr', 'Wir respektieren deine Privatsphäre', 'Cancel anytime.']) {
    assert.ok(isFurnitureLine(line), line);
  }
  assert.ok(!isFurnitureLine('Mehr Lotsen für den Hafen'));
});

test('category labels, advertising notices and letters-to-the-editor calls', () => {
  for (const line of ['Kategorie: News', '*Werbung. Dieser Beitrag enthält Werbung für eine Fährlinie.', 'Submit your letter to the editor via this form', 'This post contains references to products from one or more of our advertisers.']) {
    assert.ok(isFurnitureLine(line), line);
  }
  assert.ok(!isFurnitureLine('Die Werbung für die neue Fährlinie zeigte Lotsen bei der Arbeit im Hafen von Port Alvera.'));
});

test('datelines as Chinese, Japanese and Korean write them', () => {
  for (const line of ['[06月24日 11時30分]', '2019年6月24日', '2019년 11월 19일', '2019年11月19日(火) 8:15']) assert.ok(isDateline(line), line);
  assert.ok(!isDateline('6月24日に法律ができました。'));
});

test('calls to subscribe or comment, post metadata and follow-us lines in German, French and Spanish, however long', () => {
  for (const line of [
    'Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte',
    'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Hafen abgelegt.',
    'This entry was posted in Harbour and tagged pilots, strike. Bookmark the permalink.',
    'Puede escribirnos a redaccion@harbourtimes.example o seguir a la redacción en Facebook, Twitter o Instagram.',
    'Du möchtest mitmachen? Dann hinterlasse einfach einen Kommentar unter diesem Beitrag.',
  ]) assert.ok(isFurnitureLine(line), line);
  assert.ok(!isFurnitureLine('Die Lotsen wollen die Verhandlungen auf Facebook und Twitter verfolgen, sagte die Sprecherin der Hafenbehörde am Freitag in Port Alvera.'));
});

test("the outlet's invitations to write, support it or take its newsletter are furniture; reporting on newsletters is not", () => {
  for (const line of [
    'We want to hear what you think about this article. Submit a letter to the editor or write to letters@harbourtimes.example.',
    'If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!',
    'Receive our monthly newsletter to stay on top of the latest articles and announcements from the harbour.',
  ]) assert.ok(isFurnitureLine(line), line);
  assert.ok(!isFurnitureLine('The pilots’ association sends its members a monthly newsletter with the rosters, and this month it carried the full text of the agreement.'));
});

test('news sentences that share words with site chrome are kept', () => {
  for (const line of [
    'Der Bericht des Rechnungshofs wurde am Montag in Berlin veröffentlicht.',
    'Die Abgeordneten trafen sich am Abend, um über den Haushalt zu diskutieren.',
    "Le ministre n'était pas disponible pour commenter la décision du tribunal.",
    'El ministro no estaba disponible para comentar la decisión del tribunal.',
    'Like other politicians on Twitter, the mayor posted a video of the harbour.',
    'The council urged residents to download the new contact-tracing app before the weekend.',
    'A deal may be reached at Thursday’s summit, officials said.',
    'The firm’s affiliate partners in Asia reported higher sales.',
    'Der Makler soll eine Provision von 5000 Euro erhalten haben.',
    'A Reuters file photo shows the plant in 2019, before the fire that destroyed its northern wing and halted production.',
    'The exhibition opens with a photograph by Dorothea Lange of a migrant mother and her children.',
    'Weitere Informationen gab die Polizei zunächst nicht bekannt.',
    'Noch mehr Menschen sind betroffen',
    'Anzeige gegen den Bürgermeister erstattet',
    'Die Preise gingen im März deutlich nach oben.',
    'Der Schutz der Privatsphäre ist ein Grundrecht.',
    'Die Behörde für Datenschutz prüft den Fall.',
    'Le public cherche à en savoir plus sur les causes de la panne.',
    'Di Maio annuncia le dimissioni',
    'Musk dijo que seguirá publicando mensajes en Twitter durante la semana.',
  ]) {
    assert.ok(!isFurnitureLine(line) && !isCaption(line), line);
  }
  assert.ok(isFurnitureLine('Leggi di più'));
});
