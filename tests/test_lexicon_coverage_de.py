"""Coverage of the German trigger lexicon on typical wire-news phrasing.

Hand-written sentences in the style of German agency copy (dpa, Reuters and AFP in German), at least
two per PLOVER type, most of them phrasings that need the rules added for wire-news coverage in
``lexicons/de/triggers.tsv``: separable and light-verb idioms ("auf Eis legen", "in Brand stecken",
"sich hinter X stellen", "das Feuer eröffnen", "ins Visier nehmen"), compounds the lemmatizer does not
split (Warnstreik, Ausstand) and participles simplemma leaves unlemmatised (ratifiziert, überstellt).
Each test asserts that the expected PLOVER type is among the events chronist codes for the sentence.
"""

from __future__ import annotations

import pytest

import chronist
from chronist.config import load_options

# Place names are irrelevant here; without the geocoder a sentence takes milliseconds.
OPTIONS = load_options(geocode=False)

CASES = [
    ("COERCE", "Die Ermittler stellten bei den Durchsuchungen der Polizei mehrere Schusswaffen und Munition sicher."),
    ("COERCE", "Die Bundesregierung hatte im September Kontrollen an allen deutschen Landgrenzen eingeführt."),
    ("COERCE", "Aserbaidschan hatte die Region im September 2023 vollständig unter seine Kontrolle gebracht."),
    ("COERCE", "Das Militär hatte 2021 in einem Putsch die Macht übernommen."),
    ("THREATEN", "Die Botschaft kündigte an, Moskau werde auf die Ausweisungen angemessen reagieren."),
    ("SANCTION", "Eriwan hat seine Mitgliedschaft in dem von Moskau geführten Militärbündnis eingefroren."),
    ("COERCE", "Meuternde Offiziere hatten im Juli den gewählten Präsidenten gestürzt."),
    ("THREATEN", "Die Armee behielt sich vor, auf jeden weiteren Angriff militärisch zu reagieren."),
    ("THREATEN", "Sollte die Regierung nicht einlenken, werde man die Streiks auf den Hafen ausweiten, sagte der Gewerkschaftschef."),
    ("AGREE", "Russland hatte dem Land im Sommer 200.000 Tonnen Getreide zugesagt."),
    ("PROTEST", "Die Gewerkschaften riefen für Donnerstag zu einem landesweiten Generalstreik auf."),
    ("PROTEST", "Vor dem Rathaus versammelten sich am Abend Hunderte Anhänger des abgesetzten Bürgermeisters."),
    ("COERCE", "Die kosovarische Polizei schloss am Dienstag die Büros von drei serbischen Gemeindeverwaltungen."),
    ("ACCUSE", "Die Bundesregierung zeigte sich besorgt über die Festnahme des Oppositionsführers."),
    ("ACCUSE", "Tokio habe Peking über diplomatische Kanäle seine Besorgnis übermittelt, sagte ein Sprecher."),
    ("MOBILIZE", "Die Polizei und die von Kenia geführte Sicherheitsmission schickten am Mittwoch Verstärkung in die Region."),
    # a compound meets the `with` word it ends in when no rule fires otherwise
    ("MOBILIZE", "Taiwan habe See-, Luft- und Bodentruppen entsandt, hieß es in einer Erklärung des Ministeriums."),
    ("COERCE", "Die Regierung in Port Sudan hatte den Übergang zum Tschad im Februar geschlossen."),
    ("COERCE", "Die Offiziere erklärten, sie hätten alle staatlichen Institutionen aufgelöst."),
    # troops ordered, jets scrambled, forces reinforced (a participle the lemmatizer keeps is its verb)
    ("MOBILIZE", "Die Regierung in Dhaka beorderte zudem Soldaten in die Hauptstadt."),
    ("MOBILIZE", "Polen ließ in der Nacht Kampfflugzeuge aufsteigen, um den eigenen Luftraum zu sichern."),
    ("MOBILIZE", "Polen hat seine Truppen an der Grenze zu Belarus um weitere 3.000 Soldaten verstärkt."),
    # an announced refusal is a rejection made now
    ("REJECT", "Der brasilianische Präsident sagte, sein Land werde keine Bedingungen akzeptieren."),
    ("REJECT", "Lula bekräftigte, Brasilien werde keine Waffen oder Munition an die Ukraine liefern."),
    ("REJECT", "Die Regierung in Caracas erklärte, sie werde nicht mit der Opposition verhandeln."),
    # continued acts, crowd weapons, joint raids (session 4)
    ("PROTEST", "Die Lokführer setzten ihren Streik am Mittwoch fort."),
    ("ASSAULT", "Die russische Armee setzte ihre Angriffe auf die Stadt Charkiw fort."),
    ("ASSAULT", "Die Polizei setzte am Samstag eine Schallkanone gegen Demonstranten ein."),
    ("COOPERATE", "Polizisten aus Polen und Litauen nahmen bei einer gemeinsamen Razzia zwölf Verdächtige fest."),
    # AGREE
    ("AGREE", "Armenien und Aserbaidschan verständigten sich am Freitag auf den Verlauf eines Grenzabschnitts."),
    ("AGREE", "Indien und China kamen überein, die Truppen an der umstrittenen Grenze zu entflechten."),
    ("AGREE", "Die Unterhändler Israels und der Hamas erzielten eine Einigung über einen Gefangenenaustausch."),
    # CONSULT
    ("CONSULT", "Scholz tauschte sich mit dem polnischen Regierungschef Tusk über die Migrationspolitik aus."),
    ("CONSULT", "Blinken hält sich zu Gesprächen mit der Regierung in Kairo auf."),
    ("CONSULT", "Der französische Präsident Macron stattete Marokko einen Staatsbesuch ab."),
    # SUPPORT
    ("SUPPORT", "Der Bundesrat begrüsste den Entscheid des Europäischen Parlaments."),  # Swiss "ss" for "ß"
    ("SUPPORT", "Die Bundesregierung stellte sich hinter die Entscheidung des Internationalen Gerichtshofs."),
    ("SUPPORT", "Bahrain und Katar stellten ihre diplomatischen Beziehungen wieder her."),
    ("SUPPORT", "Der Bundestag hat das Abkommen mit der Schweiz ratifiziert."),
    # CONCEDE
    ("CONCEDE", "Die serbische Regierung beugte sich dem Druck der Demonstranten."),
    ("CONCEDE", "Die Regierung in Teheran kam der Forderung der IAEA nach und ließ Inspektoren ins Land."),
    ("CONCEDE", "Die Regierung in Tiflis zog das umstrittene Mediengesetz zurück."),
    # COOPERATE
    ("COOPERATE", "Die Bundesregierung beteiligt sich an der EU-Marinemission im Roten Meer."),
    ("COOPERATE", "Griechenland hat der Türkei einen gesuchten Terrorverdächtigen überstellt."),
    # AID
    ("AID", "Das Welternährungsprogramm brachte Hilfsgüter in die belagerte Stadt."),
    ("AID", "Schweden hat der Ukraine gepanzerte Fahrzeuge und Radarsysteme geliefert."),
    ("SANCTION", "Brüssel schloss Norwegen daraufhin vom Forschungsprogramm der Union aus."),
    ("AGREE", "Montenegro und die EU haben die Verhandlungen über das Kapitel Justiz abgeschlossen."),
    ("AID", "Die USA warfen über dem Gazastreifen erneut Hilfsgüter ab."),
    ("AID", "Die Weltbank stellt Kenia einen Kredit über eine Milliarde Dollar bereit."),
    # RETREAT
    ("RETREAT", "Die letzten deutschen Soldaten verließen das Land im August."),
    ("RETREAT", "Die Separatisten übergaben die Kontrolle über den Flughafen an die Regierungstruppen."),
    ("RETREAT", "Die letzten Kämpfer der Separatisten streckten in Mariupol die Waffen."),
    # REQUEST
    ("REQUEST", "Der Präsident drang bei seinem Besuch in Washington auf weitere Militärhilfe."),
    ("REQUEST", "Die Ukraine stellte einen Antrag auf Aufnahme in die Europäische Union."),
    # ACCUSE
    ("ACCUSE", "Die EU-Kommission nahm den chinesischen Onlinehändler Temu ins Visier."),
    ("ACCUSE", "Ein Gericht in Den Haag erließ Haftbefehl gegen den Milizenführer."),
    ("ACCUSE", "Das Außenministerium in Peking legte bei der japanischen Botschaft Protest ein."),
    # REJECT
    ("REJECT", "Die Regierung in Tiflis hält trotz der Proteste an dem umstrittenen Gesetz fest."),
    ("REJECT", "Der ungarische Ministerpräsident Orban sprach sich gegen weitere Waffenlieferungen an die Ukraine aus."),
    # THREATEN
    ("THREATEN", "Die Huthi-Miliz kündigte weitere Angriffe auf Schiffe im Roten Meer an."),
    ("THREATEN", "Die EU stellte Belarus weitere Sanktionen in Aussicht."),
    # PROTEST
    ("PROTEST", "Indigene Gruppen blockierten am Montag mehrere Fernstraßen im Süden des Landes."),
    ("PROTEST", "Die Lehrergewerkschaft hat für Mittwoch einen landesweiten Streik angekündigt."),
    ("PROTEST", "Die Gewerkschaften in Argentinien riefen einen landesweiten Generalstreik aus."),
    ("PROTEST", "Die Ärzte in Südkorea traten aus Protest gegen die Reformpläne der Regierung in den Ausstand."),
    ("PROTEST", "Demonstranten lieferten sich in Nairobi Straßenschlachten mit der Polizei."),
    # SANCTION
    ("SANCTION", "Deutschland legte die Entwicklungszusammenarbeit mit Niger auf Eis."),
    ("SANCTION", "Die Weltbank hat die Auszahlung neuer Kredite an Uganda eingefroren."),
    ("SANCTION", "Washington setzte mehrere chinesische Firmen auf die schwarze Liste."),
    # MOBILIZE
    ("MOBILIZE", "Nordkorea feuerte erneut eine ballistische Rakete ins Japanische Meer ab."),
    ("MOBILIZE", "Russland brachte an der Grenze zu Finnland Raketen in Stellung."),
    # COERCE
    ("COERCE", "Die Küstenwache Chinas brachte ein philippinisches Versorgungsschiff auf."),
    ("COERCE", "Die Behörden untersagten eine geplante Kundgebung der Opposition in Moskau."),
    # ASSAULT
    ("ASSAULT", "Soldaten eröffneten das Feuer auf Demonstranten in Khartum."),
    ("ASSAULT", "Russische und ukrainische Truppen lieferten sich heftige Gefechte um die Stadt Bachmut."),
    ("ASSAULT", "Ukrainische Drohnen trafen eine Ölraffinerie in der russischen Region Krasnodar."),
    ("ASSAULT", "Aufständische steckten in der Provinz Cabo Delgado mehrere Kirchen in Brand."),
    # nominalisations and CAMEO verb patterns added later (court cases, tariffs, seizures of towns, ...)
    ("ACCUSE", "Der Prozess gegen den ehemaligen Ministerpräsidenten Pakistans beginnt am Montag in Islamabad."),
    ("ACCUSE", "Die Regierung in Peking schob den USA die Schuld an der Eskalation zu."),
    ("SANCTION", "Die EU-Staaten haben am Freitag ein neues Sanktionspaket gegen Russland beschlossen."),
    ("SANCTION", "China erhebt ab Juli Zölle auf Importe aus Kanada."),
    ("SANCTION", "Ein Gericht in Teheran hat eine französische Touristin wegen Spionage verurteilt."),
    ("COERCE", "Die Taliban eroberten die Provinzhauptstadt Kundus."),
    ("COERCE", "Die griechische Küstenwache hat vor Lesbos 50 Migranten aufgegriffen."),
    ("COERCE", "Die russische Regierung hat den Sendebetrieb des Senders Doschd ausgesetzt."),
    ("ASSAULT", "Die ukrainische Luftabwehr schoss in der Nacht 20 russische Drohnen ab."),
    ("ASSAULT", "Russland feuerte in der Nacht ballistische Raketen auf Kiew ab."),
    ("MOBILIZE", "Nordkorea hat am Dienstag eine Interkontinentalrakete abgefeuert."),
    ("MOBILIZE", "Die Polizei in Paris hat vor dem Finale Tausende Kräfte zusammengezogen."),
    ("RETREAT", "Frankreich hat dem Senegal mehrere geraubte Kunstwerke zurückgegeben."),
    ("RETREAT", "Israel hat den Lastwagen der Vereinten Nationen die Einfahrt in den Gazastreifen gestattet."),
    ("RETREAT", "Die Rebellen brachen ihren Vormarsch auf die Hauptstadt Bamako ab."),
    ("COOPERATE", "Russland und China wickeln ihren Handel inzwischen überwiegend in Rubel und Yuan ab."),
    ("AID", "Die Weltbank hat der Ukraine eine weitere Tranche von 1,5 Milliarden Dollar ausgezahlt."),
    ("AID", "Die Bundeswehr hat 300 deutsche Staatsbürger aus dem Sudan evakuiert."),
    ("AGREE", "Der US-Kongress hat ein Hilfspaket für die Ukraine über 60 Milliarden Dollar genehmigt."),
    ("SUPPORT", "Das ungarische Parlament hat dem NATO-Beitritt Finnlands zugestimmt."),
    ("PROTEST", "Bauern blockierten mit ihren Traktoren mehrere Bundesstraßen in Bayern."),
    ("CONSULT", "Die Außenminister der NATO tagten am Donnerstag in Brüssel."),
    # second pass: more wire-news phrasings (compounds, light verbs, separable verbs)
    ("AGREE", "Die Türkei und Griechenland trafen eine Vereinbarung über die Fischerei in der Ägäis."),
    ("AGREE", "Das Parlament in Budapest gab grünes Licht für den Beitritt Schwedens zur NATO."),
    ("AGREE", "Die Hamas unterbreitete den Vermittlern einen neuen Vorschlag für eine Feuerpause."),
    ("CONSULT", "Der saudische Außenminister erörterte mit seinem iranischen Amtskollegen die Lage im Jemen."),
    ("CONSULT", "Die Bundesaußenministerin traf zu einem Blitzbesuch in Beirut ein."),
    ("CONSULT", "Die Regierung in Bogotá und die Guerilla kehrten an den Verhandlungstisch zurück."),
    ("CONCEDE", "Die Regierung in Paris machte den Landwirten weitere Zugeständnisse."),
    ("CONCEDE", "Die Militärregierung in Myanmar beendete den Ausnahmezustand in mehreren Regionen."),
    ("RETREAT", "Die USA reduzieren ihre Truppen im Irak bis Ende des Jahres deutlich."),
    ("RETREAT", "Die Hamas hat am Sonntag vier weitere Geiseln freigegeben."),
    ("MOBILIZE", "Russland zog im Herbst weitere 150.000 Wehrpflichtige zum Wehrdienst ein."),
    ("MOBILIZE", "Russland baut seine Militärpräsenz in der Arktis aus."),
    ("ASSAULT", "Russland überzog die Ukraine in der Nacht erneut mit Drohnen und Marschflugkörpern."),
    ("ASSAULT", "Bei einem Artillerieangriff der russischen Armee auf Saporischschja starben zwei Menschen."),
    ("COERCE", "Die ukrainische Armee hat das Dorf Robotyne zurückerobert."),
    ("COERCE", "Die israelischen Behörden rissen im Westjordanland mehrere Häuser von Palästinensern ab."),
    ("COERCE", "Die Armee in Gabun putschte gegen Präsident Ali Bongo."),
    ("PROTEST", "Die Gewerkschaft Verdi bestreikt am Montag mehrere Flughäfen in Deutschland."),
    ("PROTEST", "Hunderte Demonstranten stürmten in Colombo den Amtssitz des Präsidenten."),
    ("REJECT", "Polen stellte sich bei den Verhandlungen über den Migrationspakt quer."),
    ("REJECT", "Die Regierung in Peking wies die Vorwürfe der Spionage entschieden von sich."),
    ("SANCTION", "Die USA erhöhen die Zölle auf chinesische Elektroautos auf 100 Prozent."),
    ("AID", "Ein Hilfskonvoi des Roten Kreuzes erreichte die belagerte Stadt El Faschir."),
    ("COOPERATE", "Frankreich verkaufte Indien weitere 26 Kampfjets vom Typ Rafale."),
    ("REJECT", "Die Behörden in Teheran verwehrten den Inspekteuren der IAEA den Zugang zur Anlage."),
    ("MOBILIZE", "Lettland hat die Wehrpflicht wieder eingeführt."),
    ("COERCE", "Die Rebellen haben die Provinzhauptstadt Goma umzingelt."),
    ("AGREE", "Die Regierung in Kiew schlug Moskau einen Austausch aller Kriegsgefangenen vor."),
    ("AID", "Die Niederlande haben der Ukraine weitere Panzerhaubitzen und Munition überlassen."),
    ("ACCUSE", "Das Außenministerium in Ankara protestierte bei der schwedischen Botschaft gegen die Koranverbrennung."),
    ("CONCEDE", "Der Präsident von Belarus kündigte die Freilassung von 30 politischen Gefangenen an."),
    ("COERCE", "Die Behörden in Minsk steckten den Blogger ins Gefängnis."),
    ("COERCE", "Die Regierung in Ankara blockierte den Zugang zu Instagram."),
    ("CONSULT", "Der UN-Sicherheitsrat kam am Sonntag zu einer Dringlichkeitssitzung zusammen."),
    ("MOBILIZE", "Die USA erhöhen ihre Truppenpräsenz in Polen."),
    ("AGREE", "Die Regierung in Teheran ist zu neuen Atomgesprächen mit den USA bereit."),
    ("ASSAULT", "Russische Truppen rückten am Morgen in die ostukrainische Stadt ein."),
    ("COERCE", "Die Behörden in Peking verfolgen die Uiguren in Xinjiang seit Jahren."),
    ("SANCTION", "Ein Gericht in Moskau hat dem Konzern Google eine Milliardenstrafe auferlegt."),
    ("COERCE", "Die Dschihadisten haben die Rebellenhochburg im Norden eingenommen."),
    ("MOBILIZE", "Russland hat taktische Atomwaffen in Belarus stationiert."),
    ("AID", "Benin hat die ersten 200 Soldaten für die internationale Sicherheitsmission nach Haiti entsandt."),
    ("MOBILIZE", "China hielt am Wochenende ein großes Militärmanöver rund um Taiwan ab."),
]


# Sentences that name an act without asserting it (or a word in another sense): the rule must not fire.
NOT_CODED = [
    # signing a law is no agreement with anyone
    ("SUPPORT", "Präsident Ruto kündigte an, das umstrittene Finanzgesetz nicht zu unterzeichnen."),
    # what is demanded in a dass-clause is the demand's content
    ("RETREAT", "Die Regierung in Beirut forderte, dass Israel seine Truppen aus dem Süden abziehe."),
    # an aircraft standing ready (bereitstehen) is no readiness to act
    ("AGREE", "Auf dem Flughafen stand am Morgen ein Flugzeug der afghanischen Luftwaffe bereit."),
    # troops where they are (a state passive), not sent there
    ("MOBILIZE", "In Niger waren bis zum Sommer rund 1.500 französische Soldaten stationiert."),
    ("CONSULT", "Machado, die sich nach eigenen Angaben an einem geheimen Ort in Caracas aufhält, wies die Vorwürfe zurück."),
    # a title is no talks
    ("CONSULT", "Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad und Pristina kritisierte das Vorgehen der Behörden."),
    # rejecting an accusation is no event (PLOVER has no denial); a compound vetoes as its head does
    ("REJECT", "Die Regierung in Dhaka wies die Kritik am Montag zurück."),
    ("REJECT", "Das Außenministerium in Minsk wies die Vorwürfe Polens als haltlos zurück."),
    ("CONSULT", "Nach Angaben von Ärzte ohne Grenzen wurde in Chartum erneut ein Krankenhaus von Artilleriegranaten "
                "getroffen."),
    # sport, markets and weather use the words of war and threats
    ("ASSAULT", "Die Gastgeber gingen nach einem schnellen Angriff über die linke Seite durch den Stürmer des HSV in "
                "Führung."),
    ("ASSAULT", "Die EZB kämpft weiter gegen die Inflation, sagte ein Marktstratege der Commerzbank in Frankfurt."),
    ("THREATEN", "Der Deutsche Wetterdienst warnte vor Starkregen in Bayern, vielerorts drohten Dämme zu brechen."),
    ("REJECT", "Ein Sprecher des Kremls lehnte einen Kommentar ab."),
    ("COERCE", "Die Bundesregierung griff den Vorschlag der Opposition auf."),
    ("MOBILIZE", "Russland feuerte in der Nacht ballistische Raketen auf Kiew ab."),
    ("SANCTION", "Die EU verurteilte den Angriff auf das Krankenhaus scharf."),
    ("AID", "Die Polizei in Berlin evakuierte das Gebäude nach einer Bombendrohung."),
    ("SANCTION", "Die EU diskutiert über neue Sanktionen gegen Russland."),
    ("SANCTION", "Die Europäische Zentralbank hat die Zinsen erneut erhöht."),
    ("RETREAT", "Der Volkswagen-Konzern will die Zahl seiner Mitarbeiter in Deutschland reduzieren."),
    ("MOBILIZE", "Das Finanzamt zog die Steuern der Firma ein."),
    ("CONSULT", "Die Bundesregierung diskutiert über eine Reform der Schuldenbremse."),
    ("AGREE", "Die Regierung in Rom gab am Montag eine Pressekonferenz."),
    ("ASSAULT", "Der Internationale Strafgerichtshof erließ Haftbefehl gegen den Präsidenten wegen der mutmaßlichen Verschleppung von Kindern."),
    ("COOPERATE", "Die Gewerkschaft verkauft ihre Immobilien in Berlin."),
    ("ACCUSE", "Zehntausende Menschen protestierten bei einer Kundgebung in Madrid gegen die Regierung."),
    ("COERCE", "Klimaaktivisten blockierten den Zugang zum Kanzleramt."),
    ("AGREE", "Die Bundeswehr hält Soldaten für einen Einsatz in Litauen bereit."),
    ("AGREE", "Die Europäische Union stellt Jordanien weitere 500 Millionen Euro bereit."),
    ("COERCE", "Die Polizei verfolgte den Fluchtwagen bis zur Grenze."),
]


def test_every_plover_type_is_covered():
    assert {t for t, _ in CASES} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[f"{t}-{i}" for i, (t, _) in enumerate(CASES)])
def test_wire_phrasing_is_coded(expected: str, text: str):
    events = chronist.extract(text, published="2024-05-06", lang="de", options=OPTIONS).events
    types = [e.event_type for e in events]
    assert expected in types, f"{text!r}: expected {expected}, got {types}"


@pytest.mark.parametrize(("unexpected", "text"), NOT_CODED, ids=[f"not-{t}-{i}" for i, (t, _) in enumerate(NOT_CODED)])
def test_non_assertions_are_not_coded(unexpected: str, text: str):
    events = chronist.extract(text, published="2024-05-06", lang="de", options=OPTIONS).events
    types = [e.event_type for e in events]
    assert unexpected not in types, f"{text!r}: did not expect {unexpected}, got {types}"
