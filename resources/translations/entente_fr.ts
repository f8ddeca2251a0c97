<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>entente::app</name>
    <message>
        <source>the period ends (--to) before it starts (--from).</source>
        <translation>la période finit (--to) avant de commencer (--from).</translation>
    </message>
    <message>
        <source>unknown country “%1”.</source>
        <translation>pays inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown country “%1”; did you mean %2?</source>
        <translation>pays inconnu «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>Only events reaching into the period from this date on (EDTF: 2014, 2022-04, 2022-06-01).</source>
        <translation>Seulement les événements qui atteignent la période à partir de cette date (EDTF&#xa0;: 2014, 2022-04, 2022-06-01).</translation>
    </message>
    <message>
        <source>Only events reaching into the period up to this date (EDTF).</source>
        <translation>Seulement les événements qui atteignent la période jusqu&apos;à cette date (EDTF).</translation>
    </message>
    <message>
        <source>Only events involving this country (ISO alpha-2 or alpha-3 code, or name). Repeat for several.</source>
        <translation>Seulement les événements impliquant ce pays (code ISO alpha-2 ou alpha-3, ou nom). À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>With several --country: only events involving all of them (e.g. bilateral events), not any.</source>
        <translation>Avec plusieurs --country&#xa0;: seulement les événements qui les impliquent tous (p.&#xa0;ex. bilatéraux), pas l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Only events with this topic (slug or name). Repeat for any of several.</source>
        <translation>Seulement les événements de ce thème (identifiant ou nom). À répéter pour l&apos;un de plusieurs.</translation>
    </message>
    <message>
        <source>Only events of this type (CAMEO code such as 057, or entente:…). Repeat for any of several.</source>
        <translation>Seulement les événements de ce type (code CAMEO comme 057, ou entente:…). À répéter pour l&apos;un de plusieurs.</translation>
    </message>
    <message>
        <source>Only events whose title or summary has all these words (prefixes; accents ignored).</source>
        <translation>Seulement les événements dont le titre ou le résumé contient tous ces mots (préfixes&#xa0;; accents ignorés).</translation>
    </message>
    <message>
        <source>unknown topic “%1”; did you mean %2?</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>unknown event type “%1”; the types are: %2.</source>
        <translation>type d&apos;événement inconnu «&#xa0;%1&#xa0;»&#xa0;; les types sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give --force to replace it.</source>
        <translation>Donnez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>How many events (default 10000).</source>
        <translation>Nombre d&apos;événements (par défaut 10000).</translation>
    </message>
    <message>
        <source>Seed of the random generator (default 1).</source>
        <translation>Graine du générateur aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <source>The database to write; replaced only when complete.</source>
        <translation>La base à écrire&#xa0;; remplacée seulement une fois complète.</translation>
    </message>
    <message>
        <source>ISO 3166-1 JSON of iso-codes.</source>
        <translation>Le JSON ISO 3166-1 d&apos;iso-codes.</translation>
    </message>
    <message>
        <source>--events and --seed take whole numbers (0 or more).</source>
        <translation>--events et --seed prennent des nombres entiers (0 ou plus).</translation>
    </message>
    <message>
        <source>--events takes at most %L1.</source>
        <translation>--events prend au plus %L1.</translation>
    </message>
    <message>
        <source>give the database to write with --out FILE.</source>
        <translation>donnez la base à écrire avec --out FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln synthetic event(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln événement synthétique écrit dans %1 en %2&#xa0;s.</numerusform>
            <numerusform>%Ln événements synthétiques écrits dans %1 en %2&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to draw: %1.</source>
        <translation>Ce qu&apos;il faut dessiner&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (default: from the --out suffix).</source>
        <translation>%1 (par défaut&#xa0;: d&apos;après le suffixe de --out).</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>Largeur en pixels (par défaut 1600).</translation>
    </message>
    <message>
        <source>Height in pixels (default 900).</source>
        <translation>Hauteur en pixels (par défaut 900).</translation>
    </message>
    <message>
        <source>PNG and JPEG: pixels per figure pixel, 1 to 4 (default 1).</source>
        <translation>PNG et JPEG&#xa0;: pixels par pixel de la figure, de 1 à 4 (par défaut 1).</translation>
    </message>
    <message>
        <source>PDF: dots per inch; the page is width/dpi by height/dpi inches (default 300).</source>
        <translation>PDF&#xa0;: points par pouce&#xa0;; la page mesure largeur/dpi sur hauteur/dpi pouces (par défaut 300).</translation>
    </message>
    <message>
        <source>The title above the figure (default: the chart&apos;s name).</source>
        <translation>Le titre au-dessus de la figure (par défaut&#xa0;: le nom du graphique).</translation>
    </message>
    <message>
        <source>Add a caption with the filter in plain language and the sources.</source>
        <translation>Ajouter une légende avec le filtre en clair et les sources.</translation>
    </message>
    <message>
        <source>PNG: no background.</source>
        <translation>PNG&#xa0;: sans fond.</translation>
    </message>
    <message>
        <source>Colours: light (for print, the default), dark, or system (as the desktop&apos;s theme).</source>
        <translation>Couleurs&#xa0;: light (claires, pour l&apos;impression, par défaut), dark (sombres) ou system (celles du thème du bureau).</translation>
    </message>
    <message>
        <source>Timeline: lanes by countries or topics (default countries).</source>
        <translation>Chronologie&#xa0;: couloirs par pays (countries) ou par thèmes (topics) (par défaut countries).</translation>
    </message>
    <message>
        <source>The image to write; an existing file is replaced only when the new one is complete.</source>
        <translation>L&apos;image à écrire&#xa0;; un fichier existant n&apos;est remplacé qu&apos;une fois le nouveau complet.</translation>
    </message>
    <message>
        <source>--width, --height and --dpi take whole numbers, --scale a number.</source>
        <translation>--width, --height et --dpi prennent des nombres entiers, --scale un nombre.</translation>
    </message>
    <message>
        <source>--palette takes light, dark or system.</source>
        <translation>--palette prend light, dark ou system.</translation>
    </message>
    <message>
        <source>--lanes takes countries or topics.</source>
        <translation>--lanes prend countries ou topics.</translation>
    </message>
    <message>
        <source>nothing to draw: no dated events match the filter.</source>
        <translation>rien à dessiner&#xa0;: aucun événement daté ne correspond au filtre.</translation>
    </message>
    <message>
        <source>nothing to draw: no observations match the filter.</source>
        <translation>rien à dessiner&#xa0;: aucune observation ne correspond au filtre.</translation>
    </message>
    <message>
        <source>nothing to draw: no events match the filter.</source>
        <translation>rien à dessiner&#xa0;: aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>give what to draw with --chart %1.</source>
        <translation>donnez ce qu&apos;il faut dessiner avec --chart %1.</translation>
    </message>
    <message>
        <source>give the image to write with --out FILE.</source>
        <translation>donnez l&apos;image à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>unknown format “%1”; use --format %2.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez --format %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels%4).</source>
        <translation>%1 écrit (%2&#xa0;×&#xa0;%3 pixels%4).</translation>
    </message>
    <message>
        <source> at %1×</source>
        <translation> à %1×</translation>
    </message>
    <message>
        <source>The database to import into; created when there is none.</source>
        <translation>La base où importer&#xa0;; créée si elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (default: detected).</source>
        <translation>Le format du fichier&#xa0;: %1 (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <source>Only events involving this country (ISO alpha-2 or alpha-3 code, or name). Repeat for any of several.</source>
        <translation>Seulement les événements impliquant ce pays (code ISO alpha-2 ou alpha-3, ou nom). À répéter pour l&apos;un de plusieurs.</translation>
    </message>
    <message>
        <source>Import the good events of a file that has problems, leaving the others out.</source>
        <translation>Importer les événements corrects d&apos;un fichier qui a des problèmes, en laissant les autres de côté.</translation>
    </message>
    <message>
        <source>unknown format “%1”; the formats are %2.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; les formats sont %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… et %Ln autre problème.</numerusform>
            <numerusform>… et %Ln autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the database to import into with --into DB.</source>
        <translation>donnez la base où importer avec --into BASE.</translation>
    </message>
    <message>
        <source>another import into “%1” is running; waiting for it to finish…</source>
        <translation>une autre importation dans «&#xa0;%1&#xa0;» est en cours&#xa0;; attente de sa fin…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) from %1 (%2) into %3 in %4 s.</source>
        <translation>
            <numerusform>%Ln événement importé de %1 (%2) dans %3 en %4&#xa0;s.</numerusform>
            <numerusform>%Ln événements importés de %1 (%2) dans %3 en %4&#xa0;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) left out by the filter.</source>
        <translation>
            <numerusform>%Ln événement écarté par le filtre.</numerusform>
            <numerusform>%Ln événements écartés par le filtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems skipped.</source>
        <translation>
            <numerusform>%Ln ligne à problème ignorée.</numerusform>
            <numerusform>%Ln lignes à problèmes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced only when the new one is complete.</source>
        <translation>Le fichier à écrire&#xa0;; un fichier existant n&apos;est remplacé qu&apos;une fois le nouveau complet.</translation>
    </message>
    <message>
        <source>give the format with --format %1.</source>
        <translation>donnez le format avec --format %1.</translation>
    </message>
    <message>
        <source>give the file to write with --out FILE.</source>
        <translation>donnez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln événement écrit dans %1.</numerusform>
            <numerusform>%Ln événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) left out: TimelineJS cannot show them.</source>
        <translation>
            <numerusform>%Ln événement sans date écarté&#xa0;: TimelineJS ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%Ln événements sans date écartés&#xa0;: TimelineJS ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>print the events of a database in date order</source>
        <translation>afficher les événements d&apos;une base dans l&apos;ordre des dates</translation>
    </message>
    <message>
        <source>Prints the events the filter options select (all by default) in date order, one per line, tab-separated: EDTF date, date as stated, title, countries (ISO alpha-3), topics.</source>
        <translation>Affiche les événements que choisissent les options de filtre (tous par défaut) dans l&apos;ordre des dates, un par ligne, séparés par des tabulations&#xa0;: date EDTF, date telle qu&apos;énoncée, titre, pays (ISO alpha-3), thèmes.</translation>
    </message>
    <message>
        <source>write a synthetic database (entente generate --help)</source>
        <translation>écrire une base synthétique (entente generate --help)</translation>
    </message>
    <message>
        <source>Writes a synthetic Entente database, marked as synthetic, the same for the same seed.</source>
        <translation>Écrit une base Entente synthétique, marquée comme telle, identique pour une même graine.</translation>
    </message>
    <message>
        <source>draw a chart or the timeline as an image (entente export --help)</source>
        <translation>dessiner un graphique ou la chronologie en image (entente export --help)</translation>
    </message>
    <message>
        <source>Writes a chart of the events the filter options select, or their timeline, as an image.
Exit codes: 0 written, 2 bad arguments or nothing to draw, 3 the file could not be written.</source>
        <translation>Écrit en image un graphique des événements que choisissent les options de filtre, ou leur chronologie.
Codes de sortie&#xa0;: 0 écrit, 2 arguments incorrects ou rien à dessiner, 3 le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>import events from a file into a database (entente import --help)</source>
        <translation>importer les événements d&apos;un fichier dans une base (entente import --help)</translation>
    </message>
    <message>
        <source>Imports the events of FILE into the Entente database DB (created when missing), all or nothing: a file with problems imports nothing unless --skip-problems, and every problem is listed.
Exit codes: 0 imported, 2 bad arguments or a file with problems, 3 the database could not be written.</source>
        <translation>Importe les événements de FICHIER dans la base Entente BASE (créée si absente), tout ou rien&#xa0;: un fichier à problèmes n&apos;importe rien sans --skip-problems, et chaque problème est listé.
Codes de sortie&#xa0;: 0 importé, 2 arguments incorrects ou fichier à problèmes, 3 la base n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>give one file to import.</source>
        <translation>donnez un seul fichier à importer.</translation>
    </message>
    <message>
        <source>write the selected events as CSV, JSON or TimelineJS JSON</source>
        <translation>écrire les événements choisis en CSV, JSON ou JSON TimelineJS</translation>
    </message>
    <message>
        <source>Writes the events the filter options select (all by default) as entente-csv, entente-json or timelinejs.
Exit codes: 0 written, 2 bad arguments or database, 3 the file could not be written.</source>
        <translation>Écrit les événements que choisissent les options de filtre (tous par défaut) en entente-csv, entente-json ou timelinejs.
Codes de sortie&#xa0;: 0 écrit, 2 arguments ou base incorrects, 3 le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Timeline: draw eras and office periods as events only, not also as bands behind the lanes.</source>
        <translation>Chronologie&#xa0;: dessiner les époques et les mandats seulement comme des événements, pas aussi comme des bandes derrière les couloirs.</translation>
    </message>
    <message>
        <source>“%1” holds imported events that no one has checked against their sources.</source>
        <translation>«&#xa0;%1&#xa0;» contient des événements importés que personne n&apos;a vérifiés d&apos;après leurs sources.</translation>
    </message>
    <message>
        <source>Start each line with the event&apos;s id (for entente edit and delete).</source>
        <translation>Commencer chaque ligne par l&apos;identifiant de l&apos;événement (pour entente edit et delete).</translation>
    </message>
    <message>
        <source>add a sourced event to your database</source>
        <translation>ajouter un événement sourcé à votre base</translation>
    </message>
    <message>
        <source>Adds one event to your database --database DB, in one transaction, and prints its id. It needs a title, a type and a country; without a source and a quoted sentence it is refused unless --unsourced.
Exit codes: 0 added, 2 bad arguments, the bundled dataset, or a database changed by another program meanwhile, 3 the database could not be written (left as it was).</source>
        <translation>Ajoute un événement à votre base --database BASE, en une transaction, et affiche son identifiant. Il lui faut un titre, un type et un pays&#xa0;; sans source ni phrase citée, il est refusé sauf avec --unsourced.
Codes de sortie&#xa0;: 0 ajouté, 2 arguments incorrects, jeu de données fourni, ou base modifiée entre-temps par un autre programme, 3 la base n&apos;a pas pu être écrite (laissée telle quelle).</translation>
    </message>
    <message>
        <source>change an event of your database</source>
        <translation>modifier un événement de votre base</translation>
    </message>
    <message>
        <source>Changes the fields the options give of the event ID of --database DB, in one transaction; --country, --topic, --person and the source options replace the lists they name.
Exit codes: 0 changed, 2 bad arguments, no such event or the bundled dataset, 3 the database could not be written (left as it was).</source>
        <translation>Modifie les champs que donnent les options de l&apos;événement ID de --database BASE, en une transaction&#xa0;; --country, --topic, --person et les options de source remplacent les listes qu&apos;elles nomment.
Codes de sortie&#xa0;: 0 modifié, 2 arguments incorrects, événement absent ou jeu de données fourni, 3 la base n&apos;a pas pu être écrite (laissée telle quelle).</translation>
    </message>
    <message>
        <source>The id of the event (entente list).</source>
        <translation>L&apos;identifiant de l&apos;événement (entente list).</translation>
    </message>
    <message>
        <source>give the id of one event.</source>
        <translation>donnez l&apos;identifiant d&apos;un événement.</translation>
    </message>
    <message>
        <source>delete an event of your database</source>
        <translation>supprimer un événement de votre base</translation>
    </message>
    <message>
        <source>Deletes the event ID of --database DB with its links and citations, in one transaction.
Exit codes: 0 deleted, 2 bad arguments, no such event or the bundled dataset, 3 the database could not be written (left as it was).</source>
        <translation>Supprime l&apos;événement ID de --database BASE avec ses liens et citations, en une transaction.
Codes de sortie&#xa0;: 0 supprimé, 2 arguments incorrects, événement absent ou jeu de données fourni, 3 la base n&apos;a pas pu être écrite (laissée telle quelle).</translation>
    </message>
    <message>
        <source>unknown event type “%1”: give --type-name NAME to add it, or one of the database&apos;s types: %2.</source>
        <translation>type d&apos;événement inconnu «&#xa0;%1&#xa0;»&#xa0;: donnez --type-name NOM pour l&apos;ajouter, ou l&apos;un des types de la base&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown topic “%1”; give --new-topic NAME to add a topic.</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#xa0;; donnez --new-topic NOM pour ajouter un thème.</translation>
    </message>
    <message>
        <source>the event quotes no source: give --source-publisher or --source-title with --quote, or --unsourced to save it marked as unsourced.</source>
        <translation>l&apos;événement ne cite aucune source&#xa0;: donnez --source-publisher ou --source-title avec --quote, ou --unsourced pour l&apos;enregistrer marqué comme non sourcé.</translation>
    </message>
    <message>
        <source>give your database with --database DB (the bundled dataset is never changed).</source>
        <translation>donnez votre base avec --database BASE (le jeu de données fourni n&apos;est jamais modifié).</translation>
    </message>
    <message>
        <source>Your database to change (the bundled dataset never is).</source>
        <translation>Votre base à modifier (le jeu de données fourni ne l&apos;est jamais).</translation>
    </message>
    <message>
        <source>The event&apos;s title.</source>
        <translation>Le titre de l&apos;événement.</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two.</source>
        <translation>Ce qui s&apos;est passé, en une phrase ou deux.</translation>
    </message>
    <message>
        <source>The date as the source states it (EDTF: 2022-06-01, 2022-06, 2014-04-23/2014-04-24, 2019~; empty for undated).</source>
        <translation>La date telle que la source l&apos;énonce (EDTF&#xa0;: 2022-06-01, 2022-06, 2014-04-23/2014-04-24, 2019~&#xa0;; vide pour un événement sans date).</translation>
    </message>
    <message>
        <source>A note on the date, e.g. that its year is inferred, and from what.</source>
        <translation>Une note sur la date, p. ex. que son année est déduite, et de quoi.</translation>
    </message>
    <message>
        <source>A country taking part, as CODE or name, with its role after a colon (AZE:host). Repeat for each.</source>
        <translation>Un pays participant, par CODE ou nom, avec son rôle après deux-points (AZE:host). À répéter pour chacun.</translation>
    </message>
    <message>
        <source>A topic of the database (slug or name). Repeat for each.</source>
        <translation>Un thème de la base (identifiant ou nom). À répéter pour chacun.</translation>
    </message>
    <message>
        <source>A new topic, by its name.</source>
        <translation>Un nouveau thème, par son nom.</translation>
    </message>
    <message>
        <source>The event type: a code of the database (CAMEO such as 042, or entente:…), or a CAMEO root code (01–20).</source>
        <translation>Le type d&apos;événement&#xa0;: un code de la base (CAMEO comme 042, ou entente:…), ou un code racine CAMEO (01–20).</translation>
    </message>
    <message>
        <source>The name of a type the database does not have yet.</source>
        <translation>Le nom d&apos;un type que la base n&apos;a pas encore.</translation>
    </message>
    <message>
        <source>A person named: NAME|TITLE|ROLE (title and role optional). Repeat for each.</source>
        <translation>Une personne nommée&#xa0;: NOM|TITRE|RÔLE (titre et rôle facultatifs). À répéter pour chacune.</translation>
    </message>
    <message>
        <source>An organisation named: NAME|DESCRIPTION|ROLE.</source>
        <translation>Une organisation nommée&#xa0;: NOM|DESCRIPTION|RÔLE.</translation>
    </message>
    <message>
        <source>The source&apos;s publisher.</source>
        <translation>L&apos;éditeur de la source.</translation>
    </message>
    <message>
        <source>The source&apos;s title.</source>
        <translation>Le titre de la source.</translation>
    </message>
    <message>
        <source>The source&apos;s author.</source>
        <translation>L&apos;auteur de la source.</translation>
    </message>
    <message>
        <source>When the source was published (EDTF).</source>
        <translation>La date de publication de la source (EDTF).</translation>
    </message>
    <message>
        <source>Where the source can be read.</source>
        <translation>Où lire la source.</translation>
    </message>
    <message>
        <source>The sentence of the source the event rests on, verbatim.</source>
        <translation>La phrase de la source sur laquelle repose l&apos;événement, mot pour mot.</translation>
    </message>
    <message>
        <source>Whom the source attributes the sentence to, if anyone.</source>
        <translation>À qui la source attribue la phrase, s&apos;il y a lieu.</translation>
    </message>
    <message>
        <source>A note on the citation, e.g. a conflict in the source.</source>
        <translation>Une note sur la citation, p. ex. une contradiction dans la source.</translation>
    </message>
    <message>
        <source>Save the event although it quotes no source; it is then shown as unsourced.</source>
        <translation>Enregistrer l&apos;événement bien qu&apos;il ne cite aucune source&#xa0;; il est alors affiché comme non sourcé.</translation>
    </message>
    <message>
        <source>give the id of the event to edit (a whole number).</source>
        <translation>donnez l&apos;identifiant de l&apos;événement à modifier (un nombre entier).</translation>
    </message>
    <message>
        <source>there is no event %1 in “%2”.</source>
        <translation>il n&apos;y a pas d&apos;événement %1 dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Changed event %1, “%2”.</source>
        <translation>Événement %1 modifié, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>give the id of the event to delete (a whole number).</source>
        <translation>donnez l&apos;identifiant de l&apos;événement à supprimer (un nombre entier).</translation>
    </message>
    <message>
        <source>Deleted event %1, “%2”.</source>
        <translation>Événement %1 supprimé, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>propose dated, sourced events from a news report</source>
        <translation>proposer des événements datés et sourcés à partir d&apos;un article de presse</translation>
    </message>
    <message>
        <source>Reads an English news report (text or HTML; - for standard input) and prints the events it states, for a person to check: each with its sentence quoted verbatim, its date resolved against the report&apos;s date (what was inferred is said), its countries, people, a suggested type and topics. JSON gives the character offsets (UTF-16) of each sentence and date expression. Nothing is written.
Exit codes: 0 done (also when nothing is proposed), 2 bad arguments or a file that cannot be read as text.</source>
        <translation>Lit un article de presse en anglais (texte ou HTML&#xa0;; - pour l&apos;entrée standard) et affiche les événements qu&apos;il énonce, pour qu&apos;une personne les vérifie&#xa0;: chacun avec sa phrase citée mot pour mot, sa date résolue d&apos;après la date de l&apos;article (ce qui a été déduit est dit), ses pays, ses personnes, un type et des thèmes suggérés. Le JSON donne les positions (UTF-16) de chaque phrase et de chaque expression de date. Rien n&apos;est écrit.
Codes de sortie&#xa0;: 0 fait (aussi quand rien n&apos;est proposé), 2 arguments incorrects ou fichier illisible comme texte.</translation>
    </message>
    <message>
        <source>The report: a .txt or .html file, or - for standard input.</source>
        <translation>L&apos;article&#xa0;: un fichier .txt ou .html, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give one report file, or - for standard input.</source>
        <translation>donnez un seul fichier d&apos;article, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Report: %1 — %2, %3, published %4</source>
        <translation>Article&#xa0;: %1 — %2, %3, publié le %4</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>(publisher unknown)</source>
        <translation>(éditeur inconnu)</translation>
    </message>
    <message>
        <source>(author unknown)</source>
        <translation>(auteur inconnu)</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed event(s), none checked by a person yet.</source>
        <translation>
            <numerusform>%n événement proposé, qu&apos;aucune personne n&apos;a encore vérifié.</numerusform>
            <numerusform>%n événements proposés, qu&apos;aucune personne n&apos;a encore vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>The report&apos;s publication date (YYYY-MM-DD), when its text does not give it or gives it wrongly.</source>
        <translation>La date de publication de l&apos;article (AAAA-MM-JJ), quand son texte ne la donne pas ou la donne mal.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>--format is text or json, not “%1”.</source>
        <translation>--format vaut text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--published takes a day, YYYY-MM-DD, not “%1”.</source>
        <translation>--published prend un jour, AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only events no person has reviewed yet (proposed from a report by entente extract).</source>
        <translation>Seulement les événements qu&apos;aucune personne n&apos;a encore vérifiés (proposés à partir d&apos;un article par entente extract).</translation>
    </message>
    <message>
        <source>My chronology</source>
        <translation>Ma chronologie</translation>
    </message>
    <message>
        <source>Report read from standard input</source>
        <translation>Article lu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Also add the proposals to your database DB (made when missing), citing the report and marked as not yet reviewed by a person.</source>
        <translation>Ajouter aussi les propositions à votre base BASE (créée si absente), en citant l&apos;article et marquées comme pas encore vérifiées par une personne.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n event(s) to %1, marked as not yet reviewed by a person (entente list --unreviewed shows them).</source>
        <translation>
            <numerusform>%n événement ajouté à %1, marqué comme pas encore vérifié par une personne (entente list --unreviewed l&apos;affiche).</numerusform>
            <numerusform>%n événements ajoutés à %1, marqués comme pas encore vérifiés par une personne (entente list --unreviewed les affiche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the database “%1”: %2.</source>
        <translation>Impossible de créer la base «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>GDELT and ICEWS: only events of this CAMEO root code (04 consult, …); PLOVER: of this event category (CONSULT, …). Repeat for several.</source>
        <translation>GDELT et ICEWS&#xa0;: seulement les événements de ce code racine CAMEO (04 consulter, …)&#xa0;; PLOVER&#xa0;: de cette catégorie d&apos;événement (CONSULT, …). À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>unknown event root “%1”; the CAMEO root codes are 01 to 20, the PLOVER categories AGREE to ASSAULT.</source>
        <translation>racine d&apos;événement inconnue «&#xa0;%1&#xa0;»&#xa0;; les codes racines CAMEO vont de 01 à 20, les catégories PLOVER de AGREE à ASSAULT.</translation>
    </message>
    <message>
        <source>The Entente database to read (default: the bundled dataset): a file, or a server as postgresql://[user@]host[:port]/database.</source>
        <translation>La base Entente à lire (par défaut&#xa0;: les données fournies)&#xa0;: un fichier, ou un serveur sous la forme postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>give a server address: postgresql://[user@]host[:port]/database.</source>
        <translation>donnez l’adresse d’un serveur&#xa0;: postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>Made an empty Entente database on %1, with the roles %2 (owner), %3 (editor) and %4 (reader). Give a person one with GRANT %4 TO name;</source>
        <translation>Base Entente vide créée sur %1, avec les rôles %2 (propriétaire), %3 (rédacteur) et %4 (lecteur). Donnez-en un à une personne avec GRANT %4 TO nom;</translation>
    </message>
    <message>
        <source>Where to copy to: an Entente database file, or a server as postgresql://[user@]host[:port]/database.</source>
        <translation>Où copier&#xa0;: un fichier de base Entente, ou un serveur sous la forme postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>give where to copy to with --out DB.</source>
        <translation>indiquez où copier avec --out BASE.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s.</source>
        <translation>%1 copiée vers %2 en %3 s.</translation>
    </message>
    <message>
        <source>make an empty Entente database on a PostgreSQL server</source>
        <translation>créer une base Entente vide sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The server database: postgresql://[user@]host/database.</source>
        <translation>La base du serveur&#xa0;: postgresql://[utilisateur@]hôte/base.</translation>
    </message>
    <message>
        <source>give one server address.</source>
        <translation>donnez une adresse de serveur.</translation>
    </message>
    <message>
        <source>copy a whole database between a file and a server</source>
        <translation>copier une base entière entre un fichier et un serveur</translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://[user@]host/database.</source>
        <translation>La base à copier&#xa0;: un fichier ou postgresql://[utilisateur@]hôte/base.</translation>
    </message>
    <message>
        <source>give one database to copy.</source>
        <translation>donnez une base à copier.</translation>
    </message>
    <message>
        <source>Replace --out even when it exists and is not a file of the kind written, or is a database with events of your own.</source>
        <translation>Remplacer --out même s&apos;il existe et n&apos;est pas un fichier du type écrit, ou s&apos;il est une base contenant vos propres événements.</translation>
    </message>
    <message>
        <source>“%1” is a database with events of your own; give --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» est une base contenant vos propres événements&#xa0;; donnez --force pour la remplacer.</translation>
    </message>
    <message>
        <source>Its summaries were not counted: the window loads a database this small whole. entente server-init %1 counts them.</source>
        <translation>Ses résumés n’ont pas été comptés&#xa0;: la fenêtre charge entière une base aussi petite. entente server-init %1 les compte.</translation>
    </message>
    <message>
        <source>Counted the summaries of the Entente database on %1: the window now answers from them when the database is too large to load.</source>
        <translation>Résumés de la base Entente sur %1 comptés&#xa0;: la fenêtre y répond désormais quand la base est trop grande pour être chargée.</translation>
    </message>
    <message>
        <source>Makes Entente&apos;s schema in the PostgreSQL database at ADDRESS (postgresql://[user@]host[:port]/database), in one transaction, with three roles that cannot log in themselves: DATABASE_owner (owns the tables), DATABASE_editor (changes events and sources, not the schema) and DATABASE_reader (reads only). On a database an older Entente made (schema 1 to 6), it adds the summaries that schema lacks instead (counts by period, country, topic, type and word, of each word by day, of the days events end and of the countries named together). On a database whose summaries a copy or import of a million events or fewer left uncounted, it counts them. The password comes from ~/.pgpass or PGPASSFILE, as for psql.
Exit codes: 0 made, upgraded or counted, 2 bad arguments, 3 the server refused or failed (nothing made or changed).</source>
        <translation>Crée le schéma d’Entente dans la base PostgreSQL à ADRESSE (postgresql://[utilisateur@]hôte[:port]/base), en une transaction, avec trois rôles qui ne peuvent pas se connecter eux-mêmes&#xa0;: BASE_owner (possède les tables), BASE_editor (modifie les événements et les sources, pas le schéma) et BASE_reader (lecture seule). Sur une base créée par une version antérieure d’Entente (schéma 1 à 6), ajoute à la place les résumés qui manquent à ce schéma (décomptes par période, pays, thème, type et mot, de chaque mot par jour, des jours où les événements se terminent et des pays nommés ensemble). Sur une base dont une copie ou un import d’un million d’événements ou moins a laissé les résumés non comptés, les compte. Le mot de passe vient de ~/.pgpass ou de PGPASSFILE, comme pour psql.
Codes de sortie&#xa0;: 0 créée, mise à niveau ou comptée, 2 arguments incorrects, 3 le serveur a refusé ou échoué (rien n’est créé ni modifié).</translation>
    </message>
    <message>
        <source>Copies the whole Entente database SOURCE to --out, all or nothing: a file into a server&apos;s empty Entente database (made by server-init; rows sent with COPY in one transaction), or a server&apos;s database into a file (replaced only when complete). A server&apos;s copy of a million events or fewer leaves the summaries uncounted (the window loads such a database whole); server-init counts them later, and ENTENTE_SERVER_COUNT_ABOVE=N sets another number of events.
Exit codes: 0 copied, 2 bad arguments or a source that cannot be read, 3 the destination could not be written (left as it was).</source>
        <translation>Copie toute la base Entente SOURCE vers --out, tout ou rien&#xa0;: un fichier dans la base Entente vide d’un serveur (créée par server-init&#xa0;; lignes envoyées par COPY en une transaction), ou la base d’un serveur dans un fichier (remplacé seulement une fois complet). La copie vers un serveur d’un million d’événements ou moins laisse les résumés non comptés (la fenêtre charge entière une telle base)&#xa0;; server-init les compte plus tard, et ENTENTE_SERVER_COUNT_ABOVE=N fixe un autre nombre d’événements.
Codes de sortie&#xa0;: 0 copiée, 2 arguments incorrects ou source illisible, 3 la destination n’a pas pu être écrite (laissée telle quelle).</translation>
    </message>
    <message>
        <source>Upgraded the Entente database on %1 to schema %2. Its summaries are current: the events, and the words they hold, counted by period, country, topic and type, by the day they end and by the countries named together.</source>
        <translation>La base Entente sur %1 est passée au schéma %2. Ses résumés sont à jour&#xa0;: les événements, et les mots qu’ils contiennent, comptés par période, pays, thème et type, par le jour où ils se terminent et par les pays nommés ensemble.</translation>
    </message>
    <message>
        <source>The report&apos;s own country: %1</source>
        <translation>Pays de l&apos;article lui-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report&apos;s own country (ISO 3166 alpha-3), whose officials it names without saying whose; by default its date line&apos;s.</source>
        <translation>Le pays de l&apos;article lui-même (ISO 3166 alpha-3), dont il nomme les responsables sans dire de quel pays ils sont&#xa0;; par défaut, celui de sa ligne de date.</translation>
    </message>
    <message>
        <source>--country takes an ISO 3166 alpha-3 code such as AZE, not “%1”.</source>
        <translation>--country attend un code ISO 3166 alpha-3, comme AZE, et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>entente::core::Cameo</name>
    <message>
        <source>Make public statement</source>
        <translation>Faire une déclaration publique</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Lancer un appel</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>Exprimer l&apos;intention de coopérer</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>Coopérer sur le plan diplomatique</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>Coopérer sur le plan matériel</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>Fournir une aide</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Céder</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Enquêter</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Exiger</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>Désapprouver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>Menacer</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protester</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>Faire une démonstration de force</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>Réduire les relations</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>Contraindre</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agresser</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>Combattre</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>Recourir à la violence de masse non conventionnelle</translation>
    </message>
</context>
<context>
    <name>entente::core::Charts</name>
    <message>
        <source>Several topics</source>
        <translation>Plusieurs thèmes</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>%1, %2 from %3 (%4)</source>
        <translation>%1, %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <translation>%1, citant %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source(s): %1</source>
        <translation>
            <numerusform>Source&#xa0;: %1</numerusform>
            <numerusform>Sources&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (of the whole database)</source>
        <translation> (de toute la base)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
</context>
<context>
    <name>entente::core::Chronology</name>
    <message>
        <source>“%1” was left half-changed by a program that stopped, and could not be restored: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été laissé à moitié modifié par un programme qui s&apos;est arrêté, et n&apos;a pas pu être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bundled dataset is never changed; save a copy as your own database to add to it or edit it.</source>
        <translation>Le jeu de données fourni n&apos;est jamais modifié&#xa0;; enregistrez-en une copie comme votre propre base pour le compléter ou le modifier.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed: you may not write to it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être modifié&#xa0;: vous n&apos;avez pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since Entente opened it; nothing was written. Open it again to see those changes, then make yours.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme depuis qu&apos;Entente l&apos;a ouvert&#xa0;; rien n&apos;a été écrit. Rouvrez-le pour voir ces changements, puis faites les vôtres.</translation>
    </message>
    <message>
        <source>Another program is writing “%1” (an import?); nothing was written. Try again when it has finished.</source>
        <translation>Un autre programme écrit «&#xa0;%1&#xa0;» (une importation&#xa0;?)&#xa0;; rien n&apos;a été écrit. Réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>Could not write the change to “%1”; the database is as it was: %2</source>
        <translation>Impossible d&apos;écrire le changement dans «&#xa0;%1&#xa0;»&#xa0;; la base est restée telle quelle&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no event %1 in “%2”.</source>
        <translation>Il n&apos;y a pas d&apos;événement %1 dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server did not take the change; nothing was written: %1</source>
        <translation>Le serveur n’a pas accepté la modification&#xa0;; rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>«&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <source>Someone else has put an event with this id back since (%1); nothing was written.</source>
        <translation>Quelqu’un d’autre a depuis remis un événement sous ce numéro (%1)&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Someone else deleted %1 since you opened it; nothing was written.</source>
        <translation>Quelqu’un d’autre a supprimé %1 depuis que vous l’avez ouvert&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; nothing was written. Theirs now: %2. Yours: %3.</source>
        <translation>Quelqu’un d’autre a modifié %1 depuis que vous l’avez ouvert&#xa0;; rien n’a été écrit. Sa version&#xa0;: %2. La vôtre&#xa0;: %3.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>entente::core::Country</name>
    <message>
        <source>Cannot read the ISO 3166-1 country list “%1”: %2.</source>
        <translation>Impossible de lire la liste de pays ISO 3166-1 «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not iso-codes&apos; ISO 3166-1 JSON.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le JSON ISO 3166-1 d&apos;iso-codes.</translation>
    </message>
    <message>
        <source>“%1” has an entry without alpha-2, alpha-3 code or name.</source>
        <translation>«&#xa0;%1&#xa0;» a une entrée sans code alpha-2, alpha-3 ou nom.</translation>
    </message>
</context>
<context>
    <name>entente::core::DataExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Entente does not write %1 files.</source>
        <translation>Entente n&apos;écrit pas de fichiers %1.</translation>
    </message>
</context>
<context>
    <name>entente::core::DatabaseWriter</name>
    <message>
        <source>Another program is writing “%1”; try again when it has finished.</source>
        <translation>Un autre programme écrit «&#xa0;%1&#xa0;»&#xa0;; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”.</source>
        <translation>Impossible d&apos;écrire dans le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>Échec SQL (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The schema resource is missing from this build.</source>
        <translation>La ressource du schéma manque dans cette version compilée.</translation>
    </message>
    <message>
        <source>Cannot write a copy of “%1” beside it (a full disk?).</source>
        <translation>Impossible d&apos;écrire une copie de «&#xa0;%1&#xa0;» à côté (disque plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot insert country %1: %2</source>
        <translation>Impossible d&apos;insérer le pays %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, statement %2: %3</source>
        <translation>%1, instruction %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Event %1 has a bad date: %2</source>
        <translation>L&apos;événement %1 a une date incorrecte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Observation %1 has a bad period: %2</source>
        <translation>L&apos;observation %1 a une période incorrecte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Table %1, row %2, refers to a missing row of %3.</source>
        <translation>Table %1, ligne %2&#xa0;: renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot move the new database to “%1”: %2.</source>
        <translation>Impossible de déplacer la nouvelle base vers «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the disk is full.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: le disque est plein.</translation>
    </message>
</context>
<context>
    <name>entente::core::Dataset</name>
    <message>
        <source>Imported or generated: no one has checked this event against its source.</source>
        <translation>Importé ou généré&#xa0;: personne n&apos;a vérifié cet événement d&apos;après sa source.</translation>
    </message>
    <message>
        <source>Unsourced: this event quotes no sentence from a source.</source>
        <translation>Non sourcé&#xa0;: cet événement ne cite aucune phrase d&apos;une source.</translation>
    </message>
    <message>
        <source>Proposed from a report&apos;s text: no one has reviewed this event against its source yet.</source>
        <translation>Proposé à partir du texte d&apos;un article&#xa0;: personne n&apos;a encore vérifié cet événement d&apos;après sa source.</translation>
    </message>
</context>
<context>
    <name>entente::core::Event</name>
    <message>
        <source>current on %1</source>
        <translation>en cours le %1</translation>
    </message>
</context>
<context>
    <name>entente::core::EventCheck</name>
    <message>
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l&apos;événement.</translation>
    </message>
    <message>
        <source>Name at least one country taking part.</source>
        <translation>Nommez au moins un pays participant.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays.</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>«&#xa0;%1&#xa0;» est nommé deux fois.</translation>
    </message>
    <message>
        <source>Choose the type of the event.</source>
        <translation>Choisissez le type de l&apos;événement.</translation>
    </message>
    <message>
        <source>Source %1 has neither a publisher nor a title.</source>
        <translation>La source %1 n&apos;a ni éditeur ni titre.</translation>
    </message>
</context>
<context>
    <name>entente::core::EventFilter</name>
    <message>
        <source>Text search needs the database.</source>
        <translation>La recherche de texte a besoin de la base.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Types: %1</source>
        <translation>Types&#xa0;: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not yet reviewed by a person</source>
        <translation>pas encore vérifiés par une personne</translation>
    </message>
</context>
<context>
    <name>entente::core::EventIndex</name>
    <message>
        <source>Event %1 has a date that cannot be read: %2</source>
        <translation>L&apos;événement %1 a une date illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>entente::core::EventStore</name>
    <message>
        <source>“%1” is locked by another program; close it there and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme&#xa0;; fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et illisible (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est illisible (%2).</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>La base «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty, so it is not an Entente database.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: ce n&apos;est donc pas une base Entente.</translation>
    </message>
    <message>
        <source>“%1” is not an SQLite database, so it is not an Entente database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base SQLite&#xa0;: ce n&apos;est donc pas une base Entente.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not an Entente database.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d&apos;une autre application, pas une base Entente.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Entente (schema %2); this version reads schema %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente d&apos;Entente (schéma %2)&#xa0;; cette version lit le schéma %3.</translation>
    </message>
    <message>
        <source>“%1” is marked as Entente&apos;s but has no schema version.</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme base Entente mais n&apos;a pas de version de schéma.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should be %2 bytes long but has %3.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: il devrait faire %2 octets mais en a %3.</translation>
    </message>
    <message>
        <source>“%1” is marked as Entente&apos;s but lacks the table “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme base Entente mais n&apos;a pas la table «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” holds no Entente database; create one with entente server-init.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune base Entente&#xa0;; créez-en une avec entente server-init.</translation>
    </message>
    <message>
        <source>“%1” has an “entente” schema that Entente did not write.</source>
        <translation>«&#xa0;%1&#xa0;» a un schéma «&#xa0;entente&#xa0;» qu’Entente n’a pas écrit.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Entente (schema %2); this one reads schema %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrite par un Entente plus récent (schéma %2)&#xa0;; celui-ci lit le schéma %3.</translation>
    </message>
</context>
<context>
    <name>entente::core::EventTableModel</name>
    <message>
        <source>%1 (partly in the period)</source>
        <translation>%1 (en partie dans la période)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (not yet reviewed)</source>
        <translation>%1 (pas encore vérifié)</translation>
    </message>
</context>
<context>
    <name>entente::core::EventWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>Il n&apos;y a pas d&apos;événement %1.</translation>
    </message>
    <message>
        <source>There is already an event %1.</source>
        <translation>Il y a déjà un événement %1.</translation>
    </message>
    <message>
        <source>Events are written to SQLite databases and PostgreSQL servers only.</source>
        <translation>Les événements ne s’écrivent que dans des bases SQLite et sur des serveurs PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>entente::core::Extract</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, more than a report.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo, plus qu&apos;un article.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>“%1” holds no text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte.</translation>
    </message>
</context>
<context>
    <name>entente::core::FacetModel</name>
    <message numerus="yes">
        <source>%1: %Ln event(s) with the other filters</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln événement avec les autres filtres</numerusform>
            <numerusform>%1&#xa0;: %Ln événements avec les autres filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::FileGuard</name>
    <message>
        <source>an Entente database</source>
        <translation>une base Entente</translation>
    </message>
    <message>
        <source>a PNG, JPEG, SVG or PDF image</source>
        <translation>une image PNG, JPEG, SVG ou PDF</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, pipe or socket); Entente reads only files.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou une socket)&#xa0;; Entente ne lit que des fichiers.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No file to write was given.</source>
        <translation>Aucun fichier à écrire n&apos;a été donné.</translation>
    </message>
    <message>
        <source>“%1” is the file being read; write to another file.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier en cours de lecture&#xa0;; écrivez dans un autre fichier.</translation>
    </message>
    <message>
        <source>The bundled dataset is never changed; write to a file of your own instead of “%1”.</source>
        <translation>Le jeu de données fourni n&apos;est jamais modifié&#xa0;; écrivez dans un fichier à vous plutôt que dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the name of a file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; donnez le nom d&apos;un fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, pipe or socket); Entente writes only files.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou une socket)&#xa0;; Entente n&apos;écrit que des fichiers.</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être remplacé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” exists and is not %2.</source>
        <translation>«&#xa0;%1&#xa0;» existe et n&apos;est pas %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>not all of it could be written; the disk may be full</source>
        <translation>tout n’a pas pu être écrit&#xa0;; le disque est peut-être plein</translation>
    </message>
</context>
<context>
    <name>entente::core::Format</name>
    <message>
        <source>Entente CSV</source>
        <translation>CSV Entente</translation>
    </message>
    <message>
        <source>Entente JSON</source>
        <translation>JSON Entente</translation>
    </message>
    <message>
        <source>“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.</source>
        <translation>«&#xa0;%1&#xa0;» est du texte %2, pas de l&apos;UTF-8&#xa0;; enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a file Entente can import (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier qu&apos;Entente sait importer (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither an Entente database nor a file Entente can import.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une base Entente ni un fichier qu&apos;Entente sait importer.</translation>
    </message>
    <message>
        <source>GDELT 1.0 events</source>
        <translation>Événements GDELT 1.0</translation>
    </message>
    <message>
        <source>GDELT 2.0 events</source>
        <translation>Événements GDELT 2.0</translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation>JSON TimelineJS</translation>
    </message>
    <message>
        <source>Timeline (.timeline XML)</source>
        <translation>Timeline (XML .timeline)</translation>
    </message>
    <message>
        <source>Timeline 0.1–0.9 (text)</source>
        <translation>Timeline 0.1–0.9 (texte)</translation>
    </message>
    <message>
        <source>ICEWS coded events</source>
        <translation>Événements codés ICEWS</translation>
    </message>
    <message>
        <source>PLOVER events (JSON Lines)</source>
        <translation>Événements PLOVER (JSON Lines)</translation>
    </message>
</context>
<context>
    <name>entente::core::Generator</name>
    <message>
        <source>The number of events must be between 0 and 100,000,000.</source>
        <translation>Le nombre d&apos;événements doit être compris entre 0 et 100&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>The generator needs the ISO country list.</source>
        <translation>Le générateur a besoin de la liste ISO des pays.</translation>
    </message>
</context>
<context>
    <name>entente::core::Import</name>
    <message>
        <source>source date</source>
        <translation>date de la source</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>attested date</source>
        <translation>date attestée</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line 1: %1.</source>
        <translation>Ligne 1&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The first line is not the Entente CSV header (%1).</source>
        <translation>La première ligne n&apos;est pas l&apos;en-tête CSV d&apos;Entente (%1).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>it has %1 columns, not %2</source>
        <translation>elle a %1 colonnes, pas %2</translation>
    </message>
    <message>
        <source>The file is JSON but not Entente&apos;s: it lacks &quot;format&quot;: &quot;entente-events&quot; and an &quot;events&quot; list.</source>
        <translation>Le fichier est du JSON mais pas celui d&apos;Entente&#xa0;: il lui manque &quot;format&quot;: &quot;entente-events&quot; et une liste &quot;events&quot;.</translation>
    </message>
    <message>
        <source>The file was written by a newer Entente (format version %1).</source>
        <translation>Le fichier a été écrit par un Entente plus récent (version de format %1).</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>il n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>un texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166 alpha-3 country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>“%1” is not a role (party, host, visitor, participant, chair)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle (party, host, visitor, participant, chair)</translation>
    </message>
    <message>
        <source>the country %1 is named twice</source>
        <translation>le pays %1 est nommé deux fois</translation>
    </message>
    <message>
        <source>the colour “%1” of topic %2 is not #rrggbb</source>
        <translation>la couleur «&#xa0;%1&#xa0;» du thème %2 n&apos;est pas de la forme #rrggbb</translation>
    </message>
    <message>
        <source>a person or organisation needs a name and the kind “person” or “organisation”</source>
        <translation>une personne ou une organisation a besoin d&apos;un nom et du genre «&#xa0;person&#xa0;» ou «&#xa0;organisation&#xa0;»</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>a citation names no source (publisher, title or URL)</source>
        <translation>une citation ne nomme aucune source (éditeur, titre ou URL)</translation>
    </message>
    <message>
        <source>a text holds the control character U+%1, which JSON does not allow unescaped</source>
        <translation>un texte contient le caractère de contrôle U+%1, que JSON n&apos;autorise pas sans échappement</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>its %1 “%2” is not a date: %3</source>
        <translation>sa %1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; JSON files are read whole.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo&#xa0;; les fichiers JSON sont lus en entier.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1: %2.</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>its SQLDATE “%1” is not YYYYMMDD</source>
        <translation>son SQLDATE «&#xa0;%1&#xa0;» n&apos;est pas de la forme AAAAMMJJ</translation>
    </message>
    <message>
        <source>CAMEO %1</source>
        <translation>CAMEO %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec %2)</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>GDELT event %1, CAMEO %2; Goldstein scale %3; %4 mentions; place: %5.</source>
        <translation>Événement GDELT %1, CAMEO %2&#xa0;; échelle de Goldstein %3&#xa0;; %4 mentions&#xa0;; lieu&#xa0;: %5.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Machine-coded by GDELT (event %1); no sentence is quoted.</source>
        <translation>Codé automatiquement par GDELT (événement %1)&#xa0;; aucune phrase n&apos;est citée.</translation>
    </message>
    <message>
        <source>Line 1 is longer than %1 bytes, so this is not a GDELT file.</source>
        <translation>La ligne 1 dépasse %1 octets&#xa0;: ce n&apos;est donc pas un fichier GDELT.</translation>
    </message>
    <message>
        <source>Line 1 has %1 tab-separated columns; a GDELT %2 file has %3.</source>
        <translation>La ligne 1 a %1 colonnes séparées par des tabulations&#xa0;; un fichier GDELT %2 en a %3.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.</source>
        <translation>«&#xa0;%1&#xa0;» est du texte %2, pas de l&apos;UTF-8&#xa0;; enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Le fichier a %Ln problème&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>Le fichier a %Ln problèmes&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing failed at %1; nothing was imported.</source>
        <translation>L&apos;écriture a échoué à %1&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>its date is not a year with an optional month and day</source>
        <translation>sa date n&apos;est pas une année suivie éventuellement d&apos;un mois et d&apos;un jour</translation>
    </message>
    <message>
        <source>its date %1-%2-%3 does not exist</source>
        <translation>sa date %1-%2-%3 n&apos;existe pas</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>il finit avant de commencer</translation>
    </message>
    <message>
        <source>Shown in the timeline as “%1”.</source>
        <translation>Affiché dans la chronologie comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>The timeline&apos;s media credit.</source>
        <translation>Le crédit du média de la chronologie.</translation>
    </message>
    <message>
        <source>The file is JSON but not a TimelineJS timeline: it has no &quot;events&quot; list.</source>
        <translation>Le fichier est du JSON mais pas une chronologie TimelineJS&#xa0;: il n&apos;a pas de liste &quot;events&quot;.</translation>
    </message>
    <message>
        <source>its time “%1” is not YYYY-MM-DD hh:mm:ss</source>
        <translation>son heure «&#xa0;%1&#xa0;» n&apos;est pas de la forme AAAA-MM-JJ hh:mm:ss</translation>
    </message>
    <message>
        <source>its date %1 does not exist</source>
        <translation>sa date %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The file declares a DTD, which a .timeline file never does; it is not read.</source>
        <translation>Le fichier déclare une DTD, ce que ne fait jamais un fichier .timeline&#xa0;; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The file is not valid XML: %1 (line %2).</source>
        <translation>Le fichier n&apos;est pas du XML valide&#xa0;: %1 (ligne %2).</translation>
    </message>
    <message>
        <source>The file is XML but not a Timeline file: its root is not &lt;timeline&gt;.</source>
        <translation>Le fichier est du XML mais pas un fichier Timeline&#xa0;: sa racine n&apos;est pas &lt;timeline&gt;.</translation>
    </message>
    <message>
        <source>A container of other events in the Timeline file.</source>
        <translation>Un conteneur d&apos;autres événements dans le fichier Timeline.</translation>
    </message>
    <message>
        <source>Part of “%1”.</source>
        <translation>Fait partie de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>The event&apos;s hyperlink in the Timeline file.</source>
        <translation>Le lien hypertexte de l&apos;événement dans le fichier Timeline.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file&apos;s end date (%1) cannot be used: %2; only the start is kept.</source>
        <translation>La date de fin du fichier (%1) est inutilisable&#xa0;: %2&#xa0;; seul le début est gardé.</translation>
    </message>
    <message>
        <source>%1 (no headline in the file)</source>
        <translation>%1 (sans titre dans le fichier)</translation>
    </message>
    <message>
        <source>it has %1 fields, not at least 3</source>
        <translation>elle a %1 champs, pas au moins 3</translation>
    </message>
    <message>
        <source>its Event Date “%1” is not a day written YYYY-MM-DD</source>
        <translation>sa date d&apos;événement «&#xa0;%1&#xa0;» n&apos;est pas un jour écrit AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>its %1 “%2” is no ISO 3166 country</source>
        <translation>son %1 «&#xa0;%2&#xa0;» n&apos;est pas un pays ISO 3166</translation>
    </message>
    <message>
        <source>ICEWS event %1, CAMEO %2; intensity %3; story %4, sentence %5; place: %6.</source>
        <translation>Événement ICEWS %1, CAMEO %2&#xa0;; intensité %3&#xa0;; article %4, phrase %5&#xa0;; lieu&#xa0;: %6.</translation>
    </message>
    <message>
        <source>its CAMEO Code “%1” is not a CAMEO code</source>
        <translation>son code CAMEO «&#xa0;%1&#xa0;» n&apos;est pas un code CAMEO</translation>
    </message>
    <message>
        <source>ICEWS story %1</source>
        <translation>Article ICEWS %1</translation>
    </message>
    <message>
        <source>Machine-coded by ICEWS (event %1); no sentence is quoted.</source>
        <translation>Codé automatiquement par ICEWS (événement %1)&#xa0;; aucune phrase n&apos;est citée.</translation>
    </message>
    <message>
        <source>The first line is not an ICEWS header: it lacks %1.</source>
        <translation>La première ligne n&apos;est pas un en-tête ICEWS&#xa0;: il y manque %1.</translation>
    </message>
    <message>
        <source>its %1 is not a list of entities</source>
        <translation>son champ %1 n&apos;est pas une liste d&apos;entités</translation>
    </message>
    <message>
        <source>its %1 code “%2” is neither an ISO 3166 country nor one of PLOVER&apos;s non-state codes</source>
        <translation>son code %1 «&#xa0;%2&#xa0;» n&apos;est ni un pays ISO 3166 ni l&apos;un des codes non étatiques de PLOVER</translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation>il n&apos;a pas de date</translation>
    </message>
    <message>
        <source>its enddate “%1” is before its date “%2”</source>
        <translation>sa date de fin «&#xa0;%1&#xa0;» précède sa date «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>PLOVER event %1, %2</source>
        <translation>Événement PLOVER %1, %2</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>mode %1</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>contexte %1</translation>
    </message>
    <message>
        <source>quad class %1</source>
        <translation>classe quad %1</translation>
    </message>
    <message>
        <source>place: %1</source>
        <translation>lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event text: %1</source>
        <translation>Texte de l&apos;événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>PLOVER record %1</source>
        <translation>Enregistrement PLOVER %1</translation>
    </message>
    <message>
        <source>Machine-coded in PLOVER (record %1); no sentence is quoted.</source>
        <translation>Codé automatiquement en PLOVER (enregistrement %1)&#xa0;; aucune phrase n&apos;est citée.</translation>
    </message>
    <message>
        <source>Machine-coded in PLOVER (record %1) from this text; no person has checked the coding.</source>
        <translation>Codé automatiquement en PLOVER (enregistrement %1) à partir de ce texte&#xa0;; personne n&apos;a vérifié le codage.</translation>
    </message>
    <message>
        <source>Coder: %1.</source>
        <translation>Codeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>il n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>it has no event category</source>
        <translation>il n&apos;a pas de catégorie d&apos;événement</translation>
    </message>
    <message>
        <source>its event “%1” is not a PLOVER category</source>
        <translation>son événement «&#xa0;%1&#xa0;» n&apos;est pas une catégorie PLOVER</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1</source>
        <translation>ce n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first line is not a PLOVER record (one JSON object a line).</source>
        <translation>La première ligne n&apos;est pas un enregistrement PLOVER (un objet JSON par ligne).</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 (at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its date has a year beyond %1–%2 with a month or day (EDTF knows such years to the year only), or beyond ±%L3</source>
        <translation>sa date a une année au-delà de %1–%2 avec un mois ou un jour (l&apos;EDTF ne connaît ces années qu&apos;à l&apos;année près), ou au-delà de ±%L3</translation>
    </message>
    <message>
        <source>its year %1 is more than %L2 years from year 0</source>
        <translation>son année %1 est à plus de %L2 ans de l&apos;an 0</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a zip archive: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une archive zip&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is a damaged zip archive: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est une archive zip endommagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The zip archive “%1” holds no file to import.</source>
        <translation>L&apos;archive zip «&#xa0;%1&#xa0;» ne contient aucun fichier à importer.</translation>
    </message>
    <message>
        <source>The zip archive “%1” holds %2 files (%3); Entente imports an archive holding one file, as GDELT publishes them.</source>
        <translation>L&apos;archive zip «&#xa0;%1&#xa0;» contient %2 fichiers (%3)&#xa0;; Entente importe une archive contenant un seul fichier, comme GDELT les publie.</translation>
    </message>
    <message>
        <source>“%1” in the zip archive “%2” is encrypted; Entente reads only archives that are not.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;archive zip «&#xa0;%2&#xa0;» est chiffré&#xa0;; Entente ne lit que les archives non chiffrées.</translation>
    </message>
    <message>
        <source>“%1” in the zip archive “%2” is damaged: %3.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;archive zip «&#xa0;%2&#xa0;» est endommagé&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>entente::core::LaneIndex</name>
    <message>
        <source>No country</source>
        <translation>Sans pays</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
</context>
<context>
    <name>entente::core::PartialDate</name>
    <message>
        <source>“%1” is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: attendu AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” does not start with a four-digit year.</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par une année à quatre chiffres.</translation>
    </message>
    <message>
        <source>“%1” has no two-digit month after the year.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de mois à deux chiffres après l&apos;année.</translation>
    </message>
    <message>
        <source>Month %1 in “%2” is not between 01 and 12.</source>
        <translation>Le mois %1 de «&#xa0;%2&#xa0;» n&apos;est pas compris entre 01 et 12.</translation>
    </message>
    <message>
        <source>“%1” has no two-digit day after the month.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de jour à deux chiffres après le mois.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in %2.</source>
        <translation>Le jour %1 n&apos;existe pas en %2.</translation>
    </message>
    <message>
        <source>c. %1 (uncertain)</source>
        <translation>vers %1 (incertain)</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (incertain)</translation>
    </message>
    <message>
        <source>“%1” has more than one “/”; an interval has one start and one end.</source>
        <translation>«&#xa0;%1&#xa0;» a plus d&apos;un «&#xa0;/&#xa0;»&#xa0;; un intervalle a un début et une fin.</translation>
    </message>
    <message>
        <source>“%1” is an interval with neither end known.</source>
        <translation>«&#xa0;%1&#xa0;» est un intervalle dont aucune borne n&apos;est connue.</translation>
    </message>
    <message>
        <source>“%1” ends before it starts.</source>
        <translation>«&#xa0;%1&#xa0;» finit avant de commencer.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>? – %1 (start unknown)</source>
        <translation>? – %1 (début inconnu)</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>depuis %1, en cours</translation>
    </message>
    <message>
        <source>%1 – ? (end unknown)</source>
        <translation>%1 – ? (fin inconnue)</translation>
    </message>
    <message>
        <source>“%1” gives significant digits (S), which Entente does not keep; write the year without them.</source>
        <translation>«&#xa0;%1&#xa0;» donne des chiffres significatifs (S), qu&apos;Entente ne conserve pas&#xa0;; écrivez l&apos;année sans eux.</translation>
    </message>
    <message>
        <source>“%1” is not an EDTF year: “Y” takes a year of five digits or more, such as Y-13800000000 or Y-17E7.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une année EDTF&#xa0;: «&#xa0;Y&#xa0;» prend une année de cinq chiffres ou plus, comme Y-13800000000 ou Y-17E7.</translation>
    </message>
    <message>
        <source>“%1” is more than %L2 years from year 0, beyond what Entente places.</source>
        <translation>«&#xa0;%1&#xa0;» est à plus de %L2 ans de l&apos;an 0, au-delà de ce qu&apos;Entente place.</translation>
    </message>
    <message>
        <source>“%1” is a year of four digits or fewer: EDTF writes it without “Y” (for example 2014 or -0500).</source>
        <translation>«&#xa0;%1&#xa0;» est une année de quatre chiffres ou moins&#xa0;: l&apos;EDTF l&apos;écrit sans «&#xa0;Y&#xa0;» (par exemple 2014 ou -0500).</translation>
    </message>
</context>
<context>
    <name>entente::core::Role</name>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>bénéficiaire</translation>
    </message>
</context>
<context>
    <name>entente::core::ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write postgresql://[user@]host[:port]/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;; écrivez postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>A server address never holds a password: put it in ~/.pgpass (or the file PGPASSFILE names), as for psql.</source>
        <translation>Une adresse de serveur ne contient jamais de mot de passe&#xa0;: mettez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), comme pour psql.</translation>
    </message>
    <message>
        <source>“%1” names no host or no database; write postgresql://[user@]host[:port]/database.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme pas d’hôte ou pas de base&#xa0;; écrivez postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>Entente does not know the connection parameter “%1”.</source>
        <translation>Entente ne connaît pas le paramètre de connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The connection parameter “%1” holds a space, a quote or a semicolon; set it in a service file instead.</source>
        <translation>Le paramètre de connexion «&#xa0;%1&#xa0;» contient une espace, une apostrophe ou un point-virgule&#xa0;; réglez-le plutôt dans un fichier de service.</translation>
    </message>
    <message>
        <source>The server at %1 refused the password of “%2”.</source>
        <translation>Le serveur %1 a refusé le mot de passe de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server at %1 asks for a password for “%2”: put it in ~/.pgpass (or the file PGPASSFILE names), as for psql.</source>
        <translation>Le serveur %1 demande un mot de passe pour «&#xa0;%2&#xa0;»&#xa0;: mettez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), comme pour psql.</translation>
    </message>
    <message>
        <source>The server at %1 does not let “%2” log in.</source>
        <translation>Le serveur %1 ne laisse pas «&#xa0;%2&#xa0;» se connecter.</translation>
    </message>
    <message>
        <source>“%1” may not connect to the database “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas le droit de se connecter à la base «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server at %1 has no database “%2”.</source>
        <translation>Le serveur %1 n’a pas de base «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1.</source>
        <translation>Aucun serveur PostgreSQL ne répond à %1.</translation>
    </message>
    <message>
        <source>The host name “%1” is unknown.</source>
        <translation>Le nom d’hôte «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the server at %1 was lost.</source>
        <translation>La connexion au serveur %1 a été perdue.</translation>
    </message>
    <message>
        <source>The server refused: “%1” may not do this (%2).</source>
        <translation>Le serveur a refusé&#xa0;: «&#xa0;%1&#xa0;» n’a pas ce droit (%2).</translation>
    </message>
    <message>
        <source>The server at %1 said: %2</source>
        <translation>Le serveur %1 a répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>entente::core::ServerCopy</name>
    <message>
        <source>The copy was cancelled; “%1” is as it was.</source>
        <translation>La copie a été annulée&#xa0;; «&#xa0;%1&#xa0;» est restée telle quelle.</translation>
    </message>
    <message>
        <source>The copy into %1 failed; nothing was written: %2</source>
        <translation>La copie vers %1 a échoué&#xa0;; rien n’a été écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln event(s); Entente copies a whole database only into an empty one (made by entente server-init).</source>
        <translation>
            <numerusform>%1 contient déjà %Ln événement&#xa0;; Entente ne copie une base entière que dans une base vide (créée par entente server-init).</numerusform>
            <numerusform>%1 contient déjà %Ln événements&#xa0;; Entente ne copie une base entière que dans une base vide (créée par entente server-init).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server schema is missing from this build.</source>
        <translation>Le schéma du serveur manque dans cette version.</translation>
    </message>
    <message>
        <source>Could not create Entente&apos;s database on %1; nothing was made: %2</source>
        <translation>Impossible de créer la base d’Entente sur %1&#xa0;; rien n’a été créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds an Entente database.</source>
        <translation>%1 contient déjà une base Entente.</translation>
    </message>
    <message>
        <source>Entente copies between a file and a server: give one of each.</source>
        <translation>Entente copie entre un fichier et un serveur&#xa0;: donnez l’un et l’autre.</translation>
    </message>
    <message>
        <source>Could not count the summaries on %1; nothing was changed: %2</source>
        <translation>Impossible de compter les résumés sur %1&#xa0;; rien n’a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds sources, topics or other rows; Entente copies a whole database only into an empty one (made by entente server-init).</source>
        <translation>%1 contient déjà des sources, des thèmes ou d’autres lignes&#xa0;; Entente ne copie une base entière que dans une base vide (créée par entente server-init).</translation>
    </message>
</context>
<context>
    <name>entente::core::TimeAxis</name>
    <message>
        <source>%1s</source>
        <comment>decade: “1990s”</comment>
        <translation>années %1</translation>
    </message>
</context>
<context>
    <name>entente::core::Wording</name>
    <message>
        <source>%1 or %2</source>
        <comment>choices: “png, jpeg, svg or pdf”</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year: “April 2022”</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month and year: “5 April 2022”</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month: “3 March”</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <comment>a year before the common era</comment>
        <translation>%1 av. J.-C.</translation>
    </message>
    <message>
        <source>1</source>
        <comment>the first day of the month before its name: “1 June”</comment>
        <translation>1er</translation>
    </message>
    <message numerus="yes">
        <source>%1 billion</source>
        <comment>years: “13.8 billion BCE”</comment>
        <translation>
            <numerusform>%1 milliard</numerusform>
            <numerusform>%1 milliards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 million</source>
        <comment>years: “65 million BCE”</comment>
        <translation>
            <numerusform>%1 million</numerusform>
            <numerusform>%1 millions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::Charts</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events per decade</source>
        <translation>Événements par décennie</translation>
    </message>
    <message>
        <source>Events per century</source>
        <translation>Événements par siècle</translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation>Événements par année</translation>
    </message>
    <message>
        <source>Events per country</source>
        <translation>Événements par pays</translation>
    </message>
    <message>
        <source>Share of topics</source>
        <translation>Part des thèmes</translation>
    </message>
    <message>
        <source>Observations over time</source>
        <translation>Observations dans le temps</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a date not shown.</source>
        <translation>
            <numerusform>%Ln événement sans date n&apos;est pas montré.</numerusform>
            <numerusform>%Ln événements sans date ne sont pas montrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) running over several years counted in the first.</source>
        <translation>
            <numerusform>%Ln événement qui court sur plusieurs années est compté dans la première.</numerusform>
            <numerusform>%Ln événements qui courent sur plusieurs années sont comptés dans la première.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each event is counted once; one with several topics under “Several topics”.</source>
        <translation>Chaque événement est compté une fois&#xa0;; celui qui a plusieurs thèmes, sous «&#xa0;Plusieurs thèmes&#xa0;».</translation>
    </message>
    <message>
        <source>An event counts for every country taking part.</source>
        <translation>Un événement compte pour chaque pays qui y prend part.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more country(ies) not shown.</source>
        <translation>
            <numerusform>%Ln autre pays n&apos;est pas montré.</numerusform>
            <numerusform>%Ln autres pays ne sont pas montrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) naming no country not shown.</source>
        <translation>
            <numerusform>%Ln événement qui ne nomme aucun pays n&apos;est pas montré.</numerusform>
            <numerusform>%Ln événements qui ne nomment aucun pays ne sont pas montrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares of topic assignments: an event with several topics counts for each.</source>
        <translation>Parts des attributions de thèmes&#xa0;: un événement à plusieurs thèmes compte pour chacun.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a topic not shown.</source>
        <translation>
            <numerusform>%Ln événement sans thème n&apos;est pas montré.</numerusform>
            <numerusform>%Ln événements sans thème ne sont pas montrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations have no topics, types or text: only the filter’s countries and period apply.</source>
        <translation>Les observations n&apos;ont ni thème, ni type, ni texte&#xa0;: seuls les pays et la période du filtre s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Events per %L1 years</source>
        <translation>Événements par période de %L1 ans</translation>
    </message>
    <message>
        <source>Counted by the server, in the year each event begins; not split by topic.</source>
        <translation>Comptés par le serveur, dans l’année où commence chaque événement&#xa0;; sans partage par thème.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>entente::ui::ChartsView</name>
    <message>
        <source>Per &amp;Year</source>
        <translation>&amp;Par année</translation>
    </message>
    <message>
        <source>Per &amp;Country</source>
        <translation>Par pa&amp;ys</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>O&amp;bservations</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Preparing the charts…</source>
        <translation>Préparation des graphiques…</translation>
    </message>
    <message>
        <source>No observations match the filter. Observations are filtered by country and period only.</source>
        <translation>Aucune observation ne correspond au filtre. Les observations ne sont filtrées que par pays et par période.</translation>
    </message>
    <message>
        <source>No events to chart: the filter selects none with this information.</source>
        <translation>Aucun événement à représenter&#xa0;: le filtre n&apos;en choisit aucun qui porte cette information.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 topic assignments (%4%)</source>
        <translation>%1&#xa0;: %2 des %3 attributions de thèmes (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Only the Year %1</source>
        <translation>Seulement l&apos;année %1</translation>
    </message>
    <message>
        <source>Only the Years %1–%2</source>
        <translation>Seulement les années %1–%2</translation>
    </message>
    <message>
        <source>Only Events of %1</source>
        <translation>Seulement les événements de %1</translation>
    </message>
    <message>
        <source>Only the Topic “%1”</source>
        <translation>Seulement le thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Counting on the server… With a country or a topic in the filter, this chart is counted event by event: seconds for millions.</source>
        <translation>Décompte sur le serveur… Avec un pays ou un thème dans le filtre, ce graphique se compte événement par événement&#xa0;: des secondes pour des millions.</translation>
    </message>
</context>
<context>
    <name>entente::ui::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <source>the database server-init made</source>
        <translation>la base créée par server-init</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Chiffrer quand le serveur le peut (prefer)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Ne jamais chiffrer (disable)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate&apos;s authority (verify-ca)</source>
        <translation>Chiffrer et vérifier l’autorité du certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt and check the authority and host name (verify-full)</source>
        <translation>Chiffrer et vérifier l’autorité et le nom d’hôte (verify-full)</translation>
    </message>
    <message>
        <source>libpq&apos;s default (~/.postgresql/root.crt)</source>
        <translation>celui de libpq par défaut (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>leave empty to use ~/.pgpass or the keyring</source>
        <translation>laissez vide pour utiliser ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The Certificate Authority&apos;s Certificate</source>
        <translation>Le certificat de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Chi&amp;ffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authority&apos;s certificate:</source>
        <translation>Certificat de l’&amp;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Give the server&apos;s host name or address.</source>
        <translation>Donnez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Donnez le nom de la base sur le serveur.</translation>
    </message>
</context>
<context>
    <name>entente::ui::DetailsView</name>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Select an event to read its details and sources.</source>
        <translation>Choisissez un événement pour lire ses détails et ses sources.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>(CAMEO %1)</source>
        <translation>(CAMEO %1)</translation>
    </message>
    <message>
        <source>People and organisations:</source>
        <translation>Personnes et organisations&#xa0;:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source is recorded for this event.</source>
        <translation>Aucune source n&apos;est enregistrée pour cet événement.</translation>
    </message>
    <message>
        <source>Citing: %1</source>
        <translation>Citant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>entente::ui::Editing</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l&apos;événement…</translation>
    </message>
    <message>
        <source>Du&amp;plicate Event…</source>
        <translation>Du&amp;pliquer l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Delete Event…</source>
        <translation>&amp;Supprimer l&apos;événement…</translation>
    </message>
    <message>
        <source>This Database Is Not Editable</source>
        <translation>Cette base n&apos;est pas modifiable</translation>
    </message>
    <message>
        <source>&amp;Save a Copy as My Database…</source>
        <translation>&amp;Enregistrer une copie comme ma base…</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Dupliquer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete the event %1 with its sources&apos; quotes? Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer l&apos;événement %1 avec les citations de ses sources&#xa0;? Annuler (Ctrl+Z) le fait revenir.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>The event is no longer in the database.</source>
        <translation>L&apos;événement n&apos;est plus dans la base.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>No database is open for editing.</source>
        <translation>Aucune base n&apos;est ouverte pour la modification.</translation>
    </message>
    <message>
        <source>The undo history was cleared: it no longer matches the database.</source>
        <translation>L&apos;historique d&apos;annulation a été vidé&#xa0;: il ne correspond plus à la base.</translation>
    </message>
    <message>
        <source>My copy of %1.sqlite</source>
        <translation>Ma copie de %1.sqlite</translation>
    </message>
    <message>
        <source>Save a Copy as My Database</source>
        <translation>Enregistrer une copie comme ma base</translation>
    </message>
    <message>
        <source>Entente databases (*.sqlite)</source>
        <translation>Bases Entente (*.sqlite)</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Enregistrement d&apos;une copie sous %1…</translation>
    </message>
</context>
<context>
    <name>entente::ui::EventEditor</name>
    <message>
        <source>(new source)</source>
        <translation>(nouvelle source)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. The report says “on June 1”; the year follows from the report&apos;s date.</source>
        <translation>p. ex. L&apos;article dit «&#xa0;le 1er juin&#xa0;»&#xa0;; l&apos;année découle de la date de l&apos;article.</translation>
    </message>
    <message>
        <source>Date &amp;note:</source>
        <translation>&amp;Note sur la date&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <source>EDTF: 2022-06-01, 2022-06, 2014-04-23/2014-04-24, 2019~</source>
        <translation>EDTF&#xa0;: 2022-06-01, 2022-06, 2014-04-23/2014-04-24, 2019~</translation>
    </message>
    <message>
        <source>The date as the source states it, in EDTF: a day, a month or a year; an interval with “/”; “..” for an open end; “~” approximate, “?” uncertain. Empty for an undated event.</source>
        <translation>La date telle que la source l&apos;énonce, en EDTF&#xa0;: un jour, un mois ou une année&#xa0;; un intervalle avec «&#xa0;/&#xa0;»&#xa0;; «&#xa0;..&#xa0;» pour une borne ouverte&#xa0;; «&#xa0;~&#xa0;» approximative, «&#xa0;?&#xa0;» incertaine. Vide pour un événement sans date.</translation>
    </message>
    <message>
        <source>Keep the date to this precision</source>
        <translation>Ramener la date à cette précision</translation>
    </message>
    <message>
        <source>Appro&amp;ximate</source>
        <translation>Appro&amp;ximative</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Nom du pays ou code ISO</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>&amp;Ajouter le pays</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A new topic&apos;s name</source>
        <translation>Le nom d&apos;un nouveau thème</translation>
    </message>
    <message>
        <source>Adds the topic named on the left, with a colour you choose</source>
        <translation>Ajoute le thème nommé à gauche, avec une couleur de votre choix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Title or description</source>
        <translation>Titre ou description</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Published (EDTF):</source>
        <translation>Publiée le (EDTF)&#xa0;:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Cites:</source>
        <translation>Cite&#xa0;:</translation>
    </message>
    <message>
        <source>The sentence the event rests on, verbatim</source>
        <translation>La phrase sur laquelle repose l&apos;événement, mot pour mot</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>The selected source</source>
        <translation>La source choisie</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays.</translation>
    </message>
    <message>
        <source>“%1” is not a country; did you mean %2?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>The Colour of “%1”</source>
        <translation>La couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No date: the event is listed among the undated ones.</source>
        <translation>Pas de date&#xa0;: l&apos;événement figure parmi ceux sans date.</translation>
    </message>
    <message>
        <source>%1, day unknown</source>
        <translation>%1, jour inconnu</translation>
    </message>
    <message>
        <source>%1, month and day unknown</source>
        <translation>%1, mois et jour inconnus</translation>
    </message>
    <message>
        <source>%1 (year inferred)</source>
        <translation>%1 (année déduite)</translation>
    </message>
    <message>
        <source>Say in the date note what the year is inferred from.</source>
        <translation>Dites dans la note sur la date de quoi l&apos;année est déduite.</translation>
    </message>
    <message>
        <source>Save without a source?</source>
        <translation>Enregistrer sans source&#xa0;?</translation>
    </message>
    <message>
        <source>This event quotes no sentence from a source. It will be shown as unsourced wherever it appears. Save it anyway?</source>
        <translation>Cet événement ne cite aucune phrase d&apos;une source. Il sera affiché comme non sourcé partout où il apparaît. L&apos;enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Peop&amp;le and
organisations:</source>
        <translation>Personnes et
&amp;organisations&#xa0;:</translation>
    </message>
    <message>
        <source>Sourc&amp;es:</source>
        <translation>Sourc&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Uncertain</source>
        <translation>&amp;Incertaine</translation>
    </message>
    <message>
        <source>The source gives no year: it is in&amp;ferred (say from what in the date note)</source>
        <translation>La source ne donne pas l&apos;année&#xa0;: elle est déd&amp;uite (dites de quoi dans la note sur la date)</translation>
    </message>
    <message>
        <source>New Topi&amp;c…</source>
        <translation>Nouveau thè&amp;me…</translation>
    </message>
    <message>
        <source>Add Sou&amp;rce</source>
        <translation>Ajouter une sou&amp;rce</translation>
    </message>
    <message>
        <source>I have &amp;checked this event against its source</source>
        <translation>J&apos;ai &amp;vérifié cet événement d&apos;après sa source</translation>
    </message>
    <message>
        <source>Inside “%1”: an event of this topic is one of that too.</source>
        <translation>Dans «&#xa0;%1&#xa0;»&#xa0;: un événement de ce thème en relève aussi.</translation>
    </message>
</context>
<context>
    <name>entente::ui::ExportDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>Timeline — the visible window</source>
        <translation>Chronologie — la fenêtre visible</translation>
    </message>
    <message>
        <source>Timeline — the whole filtered span</source>
        <translation>Chronologie — toute l&apos;étendue filtrée</translation>
    </message>
    <message>
        <source>Chart — events per year</source>
        <translation>Graphique — événements par année</translation>
    </message>
    <message>
        <source>Chart — events per country</source>
        <translation>Graphique — événements par pays</translation>
    </message>
    <message>
        <source>Chart — share of topics</source>
        <translation>Graphique — part des thèmes</translation>
    </message>
    <message>
        <source>Chart — observations over time</source>
        <translation>Graphique — observations dans le temps</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation>&#xa0;ppp</translation>
    </message>
    <message>
        <source>Add a &amp;caption with the filter and the sources</source>
        <translation>Ajouter une &amp;légende avec le filtre et les sources</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond tr&amp;ansparent</translation>
    </message>
    <message>
        <source>Light, for reports and print</source>
        <translation>Claires, pour les rapports et l&apos;impression</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>Comme à l&apos;écran</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Sca&amp;le:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation>Impossible d&apos;exporter l&apos;image</translation>
    </message>
</context>
<context>
    <name>entente::ui::FilterPanel</name>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>Search titles and summaries…</source>
        <translation>Chercher dans les titres et les résumés…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Find a country or code…</source>
        <translation>Trouver un pays ou un code…</translation>
    </message>
    <message>
        <source>Any of the ticked countries</source>
        <translation>L&apos;un des pays cochés</translation>
    </message>
    <message>
        <source>All of them (e.g. bilateral events)</source>
        <translation>Tous (p.&#xa0;ex. événements bilatéraux)</translation>
    </message>
    <message>
        <source>Country mode</source>
        <translation>Mode des pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>e.g. 2014, 2022-04 or 2022-06-01</source>
        <translation>p.&#xa0;ex. 2014, 2022-04 ou 2022-06-01</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Dep&amp;uis&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The decade of the selected event</source>
        <translation>La décennie de l&apos;événement choisi</translation>
    </message>
    <message>
        <source>The year of the selected event</source>
        <translation>L&apos;année de l&apos;événement choisi</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>No filter: all events are shown.</source>
        <translation>Aucun filtre&#xa0;: tous les événements sont montrés.</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Only events not yet &amp;reviewed</source>
        <translation>Seulement les événements non &amp;vérifiés</translation>
    </message>
    <message>
        <source>Events proposed from a report that no person has checked against its source yet.</source>
        <translation>Événements proposés à partir d&apos;un article qu&apos;aucune personne n&apos;a encore vérifiés d&apos;après leur source.</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>pas encore vérifiés</translation>
    </message>
</context>
<context>
    <name>entente::ui::Handbook</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Entente Handbook</source>
        <translation>Manuel d&apos;Entente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>entente::ui::Image</name>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
</context>
<context>
    <name>entente::ui::ImageExport</name>
    <message>
        <source>The width and height must each be between %1 and %2 pixels.</source>
        <translation>La largeur et la hauteur doivent chacune être comprises entre %1 et %2 pixels.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and 4.</source>
        <translation>L&apos;échelle doit être comprise entre 1 et 4.</translation>
    </message>
    <message>
        <source>The resolution must be between 36 and 2400 DPI.</source>
        <translation>La résolution doit être comprise entre 36 et 2400&#xa0;ppp.</translation>
    </message>
    <message>
        <source>The image would be too large; choose a smaller size or scale.</source>
        <translation>L&apos;image serait trop grande&#xa0;; choisissez une taille ou une échelle plus petite.</translation>
    </message>
    <message>
        <source>Only PNG images can have a transparent background.</source>
        <translation>Seules les images PNG peuvent avoir un fond transparent.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the image could not be drawn.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: l&apos;image n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Synthetic data, not real events</source>
        <translation>Données synthétiques, pas des événements réels</translation>
    </message>
    <message>
        <source>Imported events, not checked against their sources</source>
        <translation>Événements importés, non vérifiés d&apos;après leurs sources</translation>
    </message>
</context>
<context>
    <name>entente::ui::ImportDialog</name>
    <message>
        <source>Import Events — %1</source>
        <translation>Importer des événements — %1</translation>
    </message>
    <message>
        <source>%1 Choose the format it is in.</source>
        <translation>%1 Choisissez son format.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import Into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>Entente databases (*.sqlite)</source>
        <translation>Bases Entente (*.sqlite)</translation>
    </message>
    <message>
        <source>any; or ISO alpha-3 codes, e.g. AZE, KHM</source>
        <translation>tous&#xa0;; ou codes ISO alpha-3, p.&#xa0;ex. AZE, KHM</translation>
    </message>
    <message>
        <source>EDTF, e.g. 2014</source>
        <translation>EDTF, p.&#xa0;ex. 2014</translation>
    </message>
    <message>
        <source>EDTF, e.g. 2022-06</source>
        <translation>EDTF, p.&#xa0;ex. 2022-06</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into database:</source>
        <translation>&amp;Dans la base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Root codes:</source>
        <translation>Codes ra&amp;cines&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Events to import</source>
        <translation>Événements à importer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Ignorer les lignes à problèmes et importer les autres</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Import&amp;er</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>&amp;Mettre à jour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>The period: %1</source>
        <translation>La période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the database to import into.</source>
        <translation>Choisissez la base où importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) will be imported into %1.</source>
        <translation>
            <numerusform>%Ln événement sera importé dans %1.</numerusform>
            <numerusform>%Ln événements seront importés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) left out by the filters.</source>
        <translation>
            <numerusform>%Ln événement écarté par les filtres.</numerusform>
            <numerusform>%Ln événements écartés par les filtres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems: nothing is imported unless they are skipped.</source>
        <translation>
            <numerusform>%Ln ligne à problème&#xa0;: rien n&apos;est importé à moins de l&apos;ignorer.</numerusform>
            <numerusform>%Ln lignes à problèmes&#xa0;: rien n&apos;est importé à moins de les ignorer.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>GDELT and ICEWS: CAMEO root codes, e.g. 04, 05; PLOVER: categories, e.g. CONSULT</source>
        <translation>GDELT et ICEWS&#xa0;: codes racines CAMEO, p.&#xa0;ex. 04, 05&#xa0;; PLOVER&#xa0;: catégories, p.&#xa0;ex. CONSULT</translation>
    </message>
</context>
<context>
    <name>entente::ui::Keyring</name>
    <message>
        <source>The password could not be kept in the system keyring (%1); it lasts until Entente closes.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau du système (%1)&#xa0;; il vaut jusqu’à la fermeture d’Entente.</translation>
    </message>
    <message>
        <source>no desktop session</source>
        <translation>pas de session de bureau</translation>
    </message>
</context>
<context>
    <name>entente::ui::MainWindow</name>
    <message>
        <source>Events in date order</source>
        <translation>Événements dans l&apos;ordre des dates</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>Chro&amp;nologie</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy what is shown as an image (Ctrl+Shift+C)</source>
        <translation>Copier ce qui est affiché comme image (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>Export what is shown as PNG, JPEG, SVG or PDF (Ctrl+Shift+E)</source>
        <translation>Exporter ce qui est affiché en PNG, JPEG, SVG ou PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Avancement de l&apos;ouverture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <source>&amp;Copy Event</source>
        <translation>&amp;Copier l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Zoom to Event</source>
        <translation>&amp;Zoom sur l&apos;événement</translation>
    </message>
    <message>
        <source>Only Events of %1</source>
        <translation>Seulement les événements de %1</translation>
    </message>
    <message>
        <source>Only the Topic “%1”</source>
        <translation>Seulement le thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only the Year %1</source>
        <translation>Seulement l&apos;année %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>À &amp;propos d&apos;Entente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>Ouvrir le jeu de données &amp;fourni</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Aucune base ouverte pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>&amp;Importer des événements…</translation>
    </message>
    <message>
        <source>Export E&amp;vents…</source>
        <translation>E&amp;xporter des événements…</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>&amp;Copier comme image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Lanes by &amp;Country</source>
        <translation>Couloirs par &amp;pays</translation>
    </message>
    <message>
        <source>Lanes by &amp;Topic</source>
        <translation>Couloirs par &amp;thème</translation>
    </message>
    <message>
        <source>Show T&amp;imeline</source>
        <translation>Afficher la &amp;chronologie</translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation>Afficher les &amp;graphiques</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom sur l&apos;&amp;ensemble</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selected Event</source>
        <translation>Zoom sur l&apos;événement &amp;sélectionné</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Événement s&amp;uivant</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Événement précé&amp;dent</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Aller à la chr&amp;onologie</translation>
    </message>
    <message>
        <source>Go to T&amp;able</source>
        <translation>Aller au t&amp;ableau</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <source>&amp;Search Text…</source>
        <translation>&amp;Rechercher du texte…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>Show Filter &amp;Panel</source>
        <translation>Afficher le &amp;panneau de filtre</translation>
    </message>
    <message>
        <source>Select an event to read its details and sources.</source>
        <translation>Choisissez un événement pour lire ses détails et ses sources.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved while open; Entente keeps showing what it loaded.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé pendant qu&apos;il était ouvert&#xa0;; Entente continue de montrer ce qu&apos;il a chargé.</translation>
    </message>
    <message>
        <source>“%1” can no longer be read; Entente keeps showing what it loaded.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus lisible&#xa0;; Entente continue de montrer ce qu&apos;il a chargé.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program; Entente keeps showing what it loaded. Open it again to see the changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme&#xa0;; Entente continue de montrer ce qu&apos;il a chargé. Rouvrez-le pour voir les changements.</translation>
    </message>
    <message>
        <source>No events match the filter: %1.</source>
        <translation>Aucun événement ne correspond au filtre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The event you had selected is hidden by the filter.</source>
        <translation>L&apos;événement que vous aviez choisi est masqué par le filtre.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Entente databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Entente (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln événement</numerusform>
            <numerusform>%L1 sur %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 undated</source>
        <translation> · %L1 sans date</translation>
    </message>
    <message>
        <source>%1 — synthetic data, not real events</source>
        <translation>%1 — données synthétiques, pas des événements réels</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <source>%1 — Entente</source>
        <translation>%1 — Entente</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>My events.sqlite</source>
        <translation>Mes événements.sqlite</translation>
    </message>
    <message>
        <source>Entente databases (*.sqlite)</source>
        <translation>Bases Entente (*.sqlite)</translation>
    </message>
    <message>
        <source>Event files (%1)</source>
        <translation>Fichiers d&apos;événements (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importer des événements</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) into %1.</source>
        <translation>
            <numerusform>%Ln événement importé dans %1.</numerusform>
            <numerusform>%Ln événements importés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Replace it all the same?</source>
        <translation>Le remplacer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>No events to export yet.</source>
        <translation>Aucun événement à exporter pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exportation de %Ln événement…</numerusform>
            <numerusform>Exportation de %Ln événements…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>Impossible d&apos;exporter les événements</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln événement exporté dans %1.</numerusform>
            <numerusform>%Ln événements exportés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) left out: TimelineJS cannot show them.</source>
        <translation>
            <numerusform>%Ln événement sans date écarté&#xa0;: TimelineJS ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%Ln événements sans date écartés&#xa0;: TimelineJS ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exporter des événements</translation>
    </message>
    <message>
        <source>No observations match the filter: there is nothing to export.</source>
        <translation>Aucune observation ne correspond au filtre&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>No events match the filter: there is nothing to export.</source>
        <translation>Aucun événement ne correspond au filtre&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Exported the image to %1.</source>
        <translation>Image exportée dans %1.</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Rien à exporter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing to copy: no events match the filter.</source>
        <translation>Rien à copier&#xa0;: aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard as an image.</source>
        <translation>«&#xa0;%1&#xa0;» copié dans le presse-papiers comme image.</translation>
    </message>
    <message>
        <source>Nothing was printed: no events match the filter.</source>
        <translation>Rien n&apos;a été imprimé&#xa0;: aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer could not be used.</source>
        <translation>Rien n&apos;a été imprimé&#xa0;: l&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Nothing was printed: “%1” could not be written.</source>
        <translation>Rien n&apos;a été imprimé&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Nothing to print: no events match the filter.</source>
        <translation>Rien à imprimer&#xa0;: aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Print the Timeline</source>
        <translation>Imprimer la chronologie</translation>
    </message>
    <message>
        <source>Print the whole filtered span, across as many pages as it takes at the zoom shown? No prints the window shown on one page.</source>
        <translation>Imprimer toute l&apos;étendue filtrée, sur autant de pages qu&apos;il le faut au zoom affiché&#xa0;? «&#xa0;Non&#xa0;» imprime la fenêtre affichée sur une seule page.</translation>
    </message>
    <message>
        <source>Select an event to copy it.</source>
        <translation>Choisissez un événement pour le copier.</translation>
    </message>
    <message>
        <source>Copied “%1” with its sources.</source>
        <translation>«&#xa0;%1&#xa0;» copié avec ses sources.</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>À propos d&apos;Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Diplomatic events between countries on an interactive timeline, each with the source it comes from.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;The bundled Azerbaijan–Cambodia chronology rests on one report: Vugar Khalilov, &lt;i&gt;Azernews&lt;/i&gt;, 6 June 2022, citing the Foreign Ministry of Azerbaijan; its 2021 trade figure cites the UN COMTRADE database. Country names and codes come from Debian&apos;s iso-codes (ISO 3166).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Les événements diplomatiques entre pays sur une chronologie interactive, chacun avec la source dont il vient.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU (GPL), version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;La chronologie Azerbaïdjan–Cambodge fournie repose sur un seul article&#xa0;: Vugar Khalilov, &lt;i&gt;Azernews&lt;/i&gt;, 6&#xa0;juin&#xa0;2022, qui cite le ministère des Affaires étrangères d&apos;Azerbaïdjan&#xa0;; son chiffre du commerce de 2021 cite la base UN COMTRADE. Les noms et codes des pays viennent du paquet iso-codes de Debian (ISO 3166).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>Show E&amp;ras as Bands</source>
        <translation>&amp;Bandes des époques</translation>
    </message>
    <message>
        <source>%1 — imported, not checked against the sources</source>
        <translation>%1 — importé, non vérifié d&apos;après les sources</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l&apos;événement…</translation>
    </message>
    <message>
        <source>Du&amp;plicate Event…</source>
        <translation>Du&amp;pliquer l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Delete Event…</source>
        <translation>&amp;Supprimer l&apos;événement…</translation>
    </message>
    <message>
        <source>The Change Was Not Saved</source>
        <translation>Le changement n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Save a Copy as &amp;My Database…</source>
        <translation>Enregistrer une copie comme &amp;ma base…</translation>
    </message>
    <message>
        <source>Events from a &amp;Report…</source>
        <translation>Événements d&apos;un &amp;article…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n event(s) from the report…</source>
        <translation>
            <numerusform>Ajout de %n événement de l&apos;article…</numerusform>
            <numerusform>Ajout de %n événements de l&apos;article…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>%1 on %2 — Entente</source>
        <translation>%1 sur %2 — Entente</translation>
    </message>
    <message>
        <source>Changes others make will show when you open the database again: %1</source>
        <translation>Les modifications des autres s’afficheront quand vous rouvrirez la base&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed by someone else.</source>
        <translation>
            <numerusform>%n événement modifié par quelqu’un d’autre.</numerusform>
            <numerusform>%n événements modifiés par quelqu’un d’autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else deleted this event.</source>
        <translation>Quelqu’un d’autre a supprimé cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 event(s) on the server</source>
        <translation>
            <numerusform>%L1 événement sur le serveur</numerusform>
            <numerusform>%L1 événements sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 events on the server</source>
        <translation>%L1 sur %L2 événements sur le serveur</translation>
    </message>
    <message>
        <source>This database is too large to load, so the window does not export its events; on the command line, entente copy %1 --out FILE writes them all.</source>
        <translation>Cette base est trop grande pour être chargée&#xa0;: la fenêtre n’exporte pas ses événements&#xa0;; en ligne de commande, entente copy %1 --out FICHIER les écrit tous.</translation>
    </message>
    <message>
        <source>The whole span of a database too large to load is not drawn from the server; zoom out to it (0) and export the visible window.</source>
        <translation>L’étendue entière d’une base trop grande pour être chargée n’est pas dessinée depuis le serveur&#xa0;; dézoomez jusqu’à elle (0) et exportez la fenêtre visible.</translation>
    </message>
    <message>
        <source>Events drawn in the server&apos;s timeline</source>
        <translation>Événements dessinés dans la chronologie du serveur</translation>
    </message>
    <message>
        <source> · summaries pending: slower counts</source>
        <translation> · résumés en attente&#xa0;: décomptes plus lents</translation>
    </message>
    <message>
        <source>The summaries of this database are not counted yet: every count comes from its events, as exact but slower. entente server-init %1 counts them.</source>
        <translation>Les résumés de cette base ne sont pas encore comptés&#xa0;: chaque décompte vient de ses événements, aussi exact mais plus lent. entente server-init %1 les compte.</translation>
    </message>
</context>
<context>
    <name>entente::ui::ReportDialog</name>
    <message>
        <source>Events from a Report</source>
        <translation>Événements d&apos;un article</translation>
    </message>
    <message>
        <source>Write the accepted events, citing the report (Ctrl+Return).</source>
        <translation>Écrire les événements acceptés, en citant l&apos;article (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: what dates without a year are counted from</source>
        <translation>AAAA-MM-JJ&#xa0;: ce d&apos;après quoi les dates sans année sont comptées</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the text of a report here, or open a file.</source>
        <translation>Collez ici le texte d&apos;un article, ou ouvrez un fichier.</translation>
    </message>
    <message>
        <source>Report &amp;text:</source>
        <translation>Te&amp;xte de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>A report as plain text or an HTML page (Ctrl+O).</source>
        <translation>Un article en texte brut ou une page HTML (Ctrl+O).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Tick what you have checked against the text (Space); F2 edits, Del rejects.</source>
        <translation>Cochez ce que vous avez vérifié d&apos;après le texte (Espace)&#xa0;; F2 modifie, Suppr rejette.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the proposal in the event editor (F2).</source>
        <translation>Ouvrir la proposition dans l&apos;éditeur d&apos;événement (F2).</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Drop the proposal from the list (Del).</source>
        <translation>Retirer la proposition de la liste (Suppr).</translation>
    </message>
    <message>
        <source>Open a Report</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation>Impossible d&apos;ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>Without the report&apos;s date, dates without a year stay undated.</source>
        <translation>Sans la date de l&apos;article, les dates sans année restent sans date.</translation>
    </message>
    <message>
        <source>Give the day the report was published, as YYYY-MM-DD.</source>
        <translation>Donnez le jour de publication de l&apos;article, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture de l&apos;article…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (déduite)</translation>
    </message>
    <message>
        <source>undated: the sentence gives no date</source>
        <translation>sans date&#xa0;: la phrase n&apos;en donne aucune</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Date&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date note:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Note sur la date&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Countries:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pays&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;People:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Personnes&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type:&lt;/b&gt; %1 %2, suggested by “%3”</source>
        <translation>&lt;b&gt;Type&#xa0;:&lt;/b&gt; %1 %2, suggéré par «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;i&gt;Proposed by Entente from the text; no person has checked it yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Proposé par Entente d&apos;après le texte&#xa0;; aucune personne ne l&apos;a encore vérifié.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Edit the Proposed Event</source>
        <translation>Modifier l&apos;événement proposé</translation>
    </message>
    <message>
        <source>No events proposed yet.</source>
        <translation>Aucun événement proposé pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) proposed; </source>
        <translation>
            <numerusform>%n événement proposé&#xa0;; </numerusform>
            <numerusform>%n événements proposés&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted. Nothing is written until you accept them.</source>
        <translation>
            <numerusform>%n accepté. Rien n&apos;est écrit avant que vous les acceptiez.</numerusform>
            <numerusform>%n acceptés. Rien n&apos;est écrit avant que vous les acceptiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Report</source>
        <translation>Nommez l&apos;article</translation>
    </message>
    <message>
        <source>Give the report&apos;s publisher or headline: the events cite it.</source>
        <translation>Donnez l&apos;éditeur ou le titre de l&apos;article&#xa0;: les événements le citent.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Event(s) from a Report</source>
        <translation>
            <numerusform>Ajouter %n événement d&apos;un article</numerusform>
            <numerusform>Ajouter %n événements d&apos;un article</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Add the Events</source>
        <translation>Impossible d&apos;ajouter les événements</translation>
    </message>
    <message>
        <source>A&amp;ccept Reviewed</source>
        <translation>A&amp;ccepter les vérifiés</translation>
    </message>
    <message>
        <source>Published o&amp;n:</source>
        <translation>Publié &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Whose officials the report names without saying whose (“the Prime Minister”): by default the country of its date line&apos;s place.</source>
        <translation>Le pays dont l&apos;article nomme les responsables sans le dire («&#xa0;le Premier ministre&#xa0;»)&#xa0;: par défaut, celui du lieu de sa ligne de date.</translation>
    </message>
    <message>
        <source>Its date line’s, if any</source>
        <translation>Celui de sa ligne de date, s&apos;il y en a une</translation>
    </message>
    <message>
        <source>Report&apos;s countr&amp;y:</source>
        <translation>Pa&amp;ys de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed e&amp;vents (none written until accepted):</source>
        <translation>Événements &amp;proposés (aucun n&apos;est écrit avant d&apos;être accepté)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>entente::ui::ServerPreview</name>
    <message>
        <source>Events on the server, per period</source>
        <translation>Événements sur le serveur, par période</translation>
    </message>
    <message>
        <source>The database on the server has no summary of its events (an older Entente made it; entente server-init upgrades it).</source>
        <translation>La base sur le serveur n’a pas de résumé de ses événements (une version antérieure d’Entente l’a créée&#xa0;; entente server-init la met à niveau).</translation>
    </message>
    <message>
        <source>The database holds no events.</source>
        <translation>La base ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Asking the server what it holds…</source>
        <translation>Le serveur est interrogé sur son contenu…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 events on the server are loading. Meanwhile, how many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period (darker: more). Scroll to zoom, drag to move.</source>
        <translation>
            <numerusform>%L1 événements sont en cours de chargement depuis le serveur. En attendant, combien commencent dans chaque période, en tout et pour le pays qui en a le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée (plus foncé&#xa0;: davantage). Faites défiler pour zoomer, glissez pour vous déplacer.</numerusform>
            <numerusform>%L1 événements sont en cours de chargement depuis le serveur. En attendant, combien commencent dans chaque période, en tout et pour les %n pays qui en ont le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée (plus foncé&#xa0;: davantage). Faites défiler pour zoomer, glissez pour vous déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Timeline of the events on the server</source>
        <translation>Chronologie des événements sur le serveur</translation>
    </message>
    <message>
        <source>Cannot reach the server to count the events.</source>
        <translation>Impossible de joindre le serveur pour compter les événements.</translation>
    </message>
    <message>
        <source>Counting the events the filter selects…</source>
        <translation>Décompte des événements que choisit le filtre…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) on the server.</source>
        <translation>
            <numerusform>%Ln événement sur le serveur.</numerusform>
            <numerusform>%Ln événements sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s) on the server match the filter.</source>
        <translation>
            <numerusform>%L1 sur %Ln événement du serveur correspondent au filtre.</numerusform>
            <numerusform>%L1 sur %Ln événements du serveur correspondent au filtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to a window of %L1 events or fewer to see each one.</source>
        <translation>Zoomez jusqu’à une fenêtre de %L1 événements ou moins pour voir chacun.</translation>
    </message>
    <message>
        <source>Each event beginning in this window is drawn; click one, or press N and P, to read it.</source>
        <translation>Chaque événement qui commence dans cette fenêtre est dessiné&#xa0;; cliquez-en un, ou appuyez sur N et P, pour le lire.</translation>
    </message>
    <message numerus="yes">
        <source>The events beginning in this window; %Ln of them have no room (zoom in, or press N and P to read each).</source>
        <translation>
            <numerusform>Les événements qui commencent dans cette fenêtre&#xa0;; %Ln d’entre eux n’a pas la place (zoomez, ou appuyez sur N et P pour le lire).</numerusform>
            <numerusform>Les événements qui commencent dans cette fenêtre&#xa0;; %Ln d’entre eux n’ont pas la place (zoomez, ou appuyez sur N et P pour lire chacun).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period.</source>
        <translation>
            <numerusform>Combien commencent dans chaque période, en tout et pour le pays qui en a le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée.</numerusform>
            <numerusform>Combien commencent dans chaque période, en tout et pour les %n pays qui en ont le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>How many begin in each period, as the server counts them.</source>
        <translation>Combien commencent dans chaque période, selon le décompte du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>How many begin in each period, in all and for the %n topics with the most, as the server counts them; each row is shaded against its own busiest period.</source>
        <translation>
            <numerusform>Combien commencent dans chaque période, en tout et pour le thème qui en a le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée.</numerusform>
            <numerusform>Combien commencent dans chaque période, en tout et pour les %n thèmes qui en ont le plus, selon le décompte du serveur&#xa0;; chaque ligne est teintée par rapport à sa propre période la plus chargée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::TimelineRenderer</name>
    <message>
        <source>No dated events to show.</source>
        <translation>Aucun événement daté à montrer.</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>Sans date (%1)</translation>
    </message>
    <message>
        <source>+%1 more in the table</source>
        <translation>+%1 de plus dans le tableau</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month or year</source>
        <translation>mois ou année</translation>
    </message>
    <message>
        <source>start or end unknown</source>
        <translation>début ou fin inconnus</translation>
    </message>
</context>
<context>
    <name>entente::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>Préparation de la chronologie…</translation>
    </message>
    <message>
        <source>Selected: %1, %2, %3</source>
        <translation>Choisi&#xa0;: %1, %2, %3</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Aucun événement choisi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) — click to zoom in</source>
        <translation>
            <numerusform>%Ln événement — cliquez pour zoomer</numerusform>
            <numerusform>%Ln événements — cliquez pour zoomer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open FILE instead of the bundled dataset.</source>
        <translation>Ouvrir FICHIER au lieu du jeu de données fourni.</translation>
    </message>
    <message>
        <source>Open the import dialog for FILE once the window is up.</source>
        <translation>Ouvrir la fenêtre d&apos;importation pour FICHIER une fois la fenêtre principale affichée.</translation>
    </message>
    <message>
        <source>Diplomatic events between countries on an interactive timeline.</source>
        <translation>Les événements diplomatiques entre pays sur une chronologie interactive.</translation>
    </message>
    <message>
        <source>Commands (run without a display):</source>
        <translation>Commandes (sans affichage)&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 internal error, 2 bad arguments or unusable input,
3 output could not be written.</source>
        <translation>Codes de sortie&#xa0;: 0 fait, 1 erreur interne, 2 arguments incorrects ou entrée inutilisable,
3 la sortie n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>An Entente database to open, or a file to import (what &quot;Open with Entente&quot; in a file manager passes).</source>
        <translation>Une base Entente à ouvrir, ou un fichier à importer (ce que passe «&#xa0;Ouvrir avec Entente&#xa0;» dans un gestionnaire de fichiers).</translation>
    </message>
    <message>
        <source>give one file to open; see --help.</source>
        <translation>donnez un seul fichier à ouvrir&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>there is no display to open the window on; the commands list, export, import, export-data and generate run without one (see --help).</source>
        <translation>il n&apos;y a pas d&apos;affichage où ouvrir la fenêtre&#xa0;; les commandes list, export, import, export-data et generate s&apos;en passent (voir --help).</translation>
    </message>
</context>
</TS>
