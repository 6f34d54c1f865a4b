# nuage — Deutsch.

-big-tech = Big-Tech-Cloud

## Language choice

lang-unknown = unbekannte Sprache „{ $name }“; nuage macht auf Englisch weiter. Verfügbar: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] Montag
    [tuesday] Dienstag
    [wednesday] Mittwoch
    [thursday] Donnerstag
    [friday] Freitag
    [saturday] Samstag
   *[sunday] Sonntag
}
month-name = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
weekday-short = { $weekday ->
    [monday] Mo.
    [tuesday] Di.
    [wednesday] Mi.
    [thursday] Do.
    [friday] Fr.
    [saturday] Sa.
   *[sunday] So.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day }. { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] gegenüber einem üblichen Montag
    [tuesday] gegenüber einem üblichen Dienstag
    [wednesday] gegenüber einem üblichen Mittwoch
    [thursday] gegenüber einem üblichen Donnerstag
    [friday] gegenüber einem üblichen Freitag
    [saturday] gegenüber einem üblichen Samstag
   *[sunday] gegenüber einem üblichen Sonntag
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } T.

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] andere Clouds und Hoster
    [cdn] Content-Delivery-Netze
    [streaming] Streaming-Netze
   *[other] Sonstige
}
no-provider-list = auf keiner Anbieterliste
unknown-device = unbekanntes Gerät

## Command line: errors a user sees

error-loading-ranges = beim Laden der Adressbereiche der Anbieter
error-bundled-catalogue = beim Lesen des mitgelieferten Katalogs
error-reading-stdin = beim Lesen der Standardeingabe
error-writing-report = beim Schreiben des Berichts
error-writing-flows = beim Schreiben der Verbindungen

## nuage lookup

lookup-need-addresses = Geben Sie eine oder mehrere Adressen an, oder --stdin
lookup-bad-address = { $text } ist keine IPv4- oder IPv6-Adresse
lookup-no-match = auf keiner Anbieterliste
lookup-matched = { $prefix } laut { $source } ({ $origin })

## nuage replay

replay-captured = Mitgeschnitten von { $from } bis { $to }: { $frames ->
    [one] { $frames } Frame
   *[other] { $frames } Frames
}, { $size }
replay-internet = Internet: { $up } gesendet, { $down } empfangen, { $flows ->
    [one] { $flows } Verbindung
   *[other] { $flows } Verbindungen
}
replay-lan = Lokales Netz: { $size } ({ $flows ->
    [one] { $flows } Verbindung
   *[other] { $flows } Verbindungen
}, { $non_ip ->
    [one] { $non_ip } Nicht-IP-Frame
   *[other] { $non_ip } Nicht-IP-Frames
})
replay-big-tech-share = Anteil des Internetverkehrs über die { -big-tech }: { $share }
replay-by-group = Nach Gruppe:
replay-by-provider = Nach Anbieter:
replay-decided-by = entschieden durch Infrastruktur und Dienst: { $both }, nur durch die Infrastruktur: { $infrastructure }, nur durch den Dienst: { $service }
replay-encrypted-dns = Verschlüsseltes DNS (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } Verbindung
   *[other] { $flows } Verbindungen
}
replay-by-service = Nach Dienst (Eigentümer · Infrastruktur):
replay-by-domain = Namen ohne Dienstregel (registrierbare Domain):
replay-by-network = Andere Netze (ASN-Datenbank):
replay-and-more = … und { $count } weitere
replay-provider-origin = Anbieter bestimmt durch:
replay-by-device = Nach Gerät:
replay-undecodable = Nicht dekodierbar: { $frames ->
    [one] { $frames } Frame
   *[other] { $frames } Frames
}, { $size }
replay-flow-table = Verbindungstabelle: { $flows ->
    [one] { $flows } Verbindung
   *[other] { $flows } Verbindungen
}, { $evicted } verdrängt bei der Obergrenze von { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = ANBIETER
ranges-col-format = FORMAT
ranges-col-every = ALLE
ranges-col-save-as = SPEICHERN ALS
ranges-col-url = URL
ranges-all-providers = (alle)
ranges-offline-howto = So aktualisieren Sie ein Gerät ohne Internet: Laden Sie jede URL an einem anderen Rechner herunter, speichern Sie die Dateien unter den Namen aus SPEICHERN ALS in einem Ordner und führen Sie dann `nuage ranges update --from ORDNER` aus.
ranges-note-discover = { $id }: Die URL ist eine Webseite; laden Sie die dort verlinkte Datei herunter und speichern Sie sie als { $file }
ranges-note-placeholders = { $id }: Ersetzen Sie {"{"}YYYY{"}"} und {"{"}MM{"}"} durch das aktuelle Jahr und den aktuellen Monat
ranges-note-gzip = { $id }: Der Download ist gzip-komprimiert; speichern Sie ihn als { $file }, komprimiert oder nicht
ranges-note-zip = { $id }: Der Download ist ein Zip-Archiv; speichern Sie ihn unverändert als { $file } oder seine Dateien aneinandergehängt
ranges-note-licence = { $id }: Lizenz: { $licence }

## nuage ranges status

ranges-col-source = QUELLE
ranges-col-file = DATEI
ranges-col-date = DATUM
ranges-col-age = ALTER
ranges-col-state = ZUSTAND
ranges-state-not-imported = nicht importiert
ranges-state-unreadable = UNLESBAR: { $error }
ranges-state-stale = VERALTET
ranges-state-ok = ok
ranges-bundled = Mitgelieferter Stand: { $date }; aus AS-Daten abgeleitet: { $asn_v4 } IPv4- / { $asn_v6 } IPv6-Präfixe; veröffentlicht: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } ({ $days } T. alt)
ranges-undated = ohne Datum
ranges-stale-hint = VERALTETE Listen sind älter als das Doppelte ihres Veröffentlichungsrhythmus: Führen Sie `nuage ranges update` aus.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } Präfix
   *[other] { $count } Präfixe
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: auf dem Server unverändert
ranges-unchanged = { $id }: unverändert, { $prefixes }
ranges-not-in-dir = { $id }: { $file } nicht in { $dir }, übersprungen
ranges-failed-kept = { $id }: FEHLGESCHLAGEN: { $error }; die bisherige Datei bleibt in Gebrauch
ranges-failed-bundled = { $id }: FEHLGESCHLAGEN: { $error }; noch nichts importiert, der mitgelieferte Stand bleibt in Gebrauch
ranges-from-empty = { $dir } enthält keine der erwarteten Dateien (ihre Namen zeigt `nuage ranges sources`)

## Dashboard

view-services = Dienste
view-devices = Geräte
view-flows = Verbindungen
col-provider = Anbieter
col-service = Dienst
col-device = Gerät
col-share = Anteil
col-traffic = Verkehr
devices-hidden = Geräte werden nicht angezeigt (Datenschutz-Einstellung „{ $privacy }“).
help-title = Tasten
key-quit = beenden
key-today = zurück zu heute

## Units

unit-flows = { $count ->
    [one] { $count } Verbindung
   *[other] { $count } Verbindungen
}
unit-devices = { $count ->
    [one] { $count } Gerät
   *[other] { $count } Geräte
}
unit-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

## Reports

report-title = Wie sehr hingen wir von der { -big-tech } ab?
report-subtitle = { $place }, { $date }
report-period = Von { $from } bis { $to }
report-section-summary = Zusammenfassung
report-section-providers = Anbieter
report-section-services = Dienste
report-section-devices = Geräte
report-section-timeline = Im Lauf des Tages
report-section-baseline = Im Vergleich mit einem üblichen Tag
report-section-method = Wie nuage zählt
report-caveat-cdn = Content-Delivery-Netze bedienen viele Unternehmen: Ihr Verkehr wird dem Netz zugeordnet, nicht der besuchten Website.
report-caveat-bytes = Bytes sind weder Energie noch Emissionen: Ein Byte Video wiegt hier so viel wie ein Byte einer Nachricht.

## dashboard (session 3)
dash-no-place = dieser Ort
dash-live = live
dash-paused = angehalten
dash-not-live = nicht live
dash-history = Rückblick
dash-from-database = liest { $path }
dash-tab-overview = Übersicht
dash-help-hint = ? Hilfe
dash-headline-title = Anteil der { -big-tech }
dash-headline-no-data = Für diesen Tag wurde noch kein Internetverkehr gezählt.
dash-no-baseline = noch kein üblicher Tag zum Vergleich
dash-share-of = { $big_tech } von { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } gegenüber einem üblichen Tag ({ $usual })
dash-providers-title = Über wen der Verkehr lief
dash-timeline-title = Über den Tag ({ $bucket }, Spitze { $peak })
dash-per-minutes = je { $minutes } Min.
dash-per-hours = { $hours ->
    [one] pro Stunde
   *[other] je { $hours } Std.
}
dash-flows-title = Aktuelle Verbindungen
dash-cat-other-clouds = Andere Clouds/CDNs
dash-cat-other-networks = Andere Netze
dash-cat-lan = Intern (LAN)
dash-lan-share = lokal
dash-legend-big-tech = Big Tech
dash-legend-other = Rest
dash-legend-now = jetzt
dash-col-service-carrier = Dienst · Infrastruktur
dash-col-named-by = Erkannt über
dash-col-lan = LAN
dash-col-remote = Gegenstelle
dash-col-rate = Jetzt ↓/↑
dash-col-rate-now = jetzt
dash-unnamed-service = Ohne Namen
dash-unknown-network = unbekanntes Netz
dash-source-address = Adresse
dash-flows-hidden = Keine aktuellen Verbindungen (oder die Datenschutz-Einstellung blendet sie aus).
dash-flows-not-live = Verbindungen werden nur live angezeigt, für heute.
dash-empty-list = Noch nichts gezählt.
dash-no-day-data = Für diesen Tag sind keine Daten gespeichert.
dash-sort-traffic = Verkehr
dash-sort-big-tech = Big Tech zuerst
dash-sort-name = Name
dash-sort-rate = aktuelle Rate
dash-sorted-by = sortiert nach { $sort }
dash-units-bytes-si = Bytes (kB, MB)
dash-units-bytes-iec = Bytes (KiB, MiB)
dash-units-bits-si = Bits (kbit, Mbit)
dash-units-bits-iec = Bits (Kibit, Mibit)
dash-units-label = Einheiten: { $units }
dash-capture-ok = Erfassung ok
dash-interface-down = getrennt
dash-no-capture = keine Erfassung
dash-dropped = { $count } verworfen
dash-not-saving = speichert nicht: { $error }
dash-ranges-version = Adresslisten { $version }
dash-footer-hints = Tab Ansicht  ←/→ Tag  s Sortierung  u Einheiten  p Pause  ? Hilfe  q Ende
dash-help-close = Beliebige Taste schließt die Hilfe.
dash-help-views = nächste / vorige Ansicht
dash-help-move = in einer Liste bewegen
dash-help-page = seitenweise blättern
dash-help-sort = Sortierung ändern
dash-help-pause = Aktualisierung anhalten / fortsetzen
dash-help-days = vorheriger / nächster Tag
dash-help-units = Einheiten: Bytes oder Bits, kB oder KiB
dash-help-help = diese Hilfe
dash-help-mouse-key = Maus
dash-help-mouse = Listen scrollen, Ansicht per Klick wählen
dash-too-small =
    Das Terminal ist zu klein
    für das Dashboard (mindestens { $width }×{ $height }).
dash-needs-terminal = { $command } zeichnet ein Dashboard und braucht ein Terminal (die Standardausgabe ist keins)

## report (session 3)
# Der Bericht (nuage report) in seinen lesbaren Formaten, und die Kennungen, die nuage
# replay und nuage lookup zeigen. Anzahlen kommen als Zahlen (Pluralformen); Größen,
# Prozente, Daten und Uhrzeiten kommen fertig formatiert als Text.

report-title-collective = Wie sehr hingen wir von der { -big-tech } ab? Alle Orte zusammen
report-section-groups = Arten von Anbietern
report-section-networks = Andere Netze
report-section-days = Tag für Tag
report-section-health = Wie vollständig diese Zahlen sind
report-section-places = Orte
report-headline = { $share } unseres Internetverkehrs ({ $total } insgesamt) ging zur { -big-tech } oder kam von ihr.
report-headline-collective = An { $places ->
    [one] einem Ort
   *[other] { $places } Orten
} zusammen ging { $share } des Internetverkehrs zur { -big-tech } oder kam von ihr (je nach Ort zwischen { $min } und { $max }).
report-baseline-sentence = { $direction ->
    [less] Das sind { $points } Prozentpunkte weniger als an einem üblichen Tag ({ $usual } im Mittel über { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    }).
   *[more] Das sind { $points } Prozentpunkte mehr als an einem üblichen Tag ({ $usual } im Mittel über { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    }).
}
report-baseline-method = { $method ->
    [same-weekday] derselbe Wochentag in den Wochen davor
    [previous-weeks] die vier Wochen davor
    [range] die angegebenen Tage
   *[places] der übliche Tag jedes Ortes
}
report-baseline-days = Üblicher Tag: { $how }.
report-baseline-days-list = Üblicher Tag: { $how } ({ $days }).
report-no-data = Es wurde kein Verkehr aufgezeichnet.
report-more = … und { $count } weitere
report-points = { $points } Pp.
report-row-internet = Internetverkehr
report-row-share = Anteil der Big-Tech-Cloud
report-row-internet-value = { $total } ({ $up } hoch, { $down } runter)
report-row-lan = Innerhalb des Ortes (lokales Netz)
report-row-by-bytes = Big-Tech-Cloud, nach Bytes
report-row-by-flows = nach Verbindungen
report-row-by-flows-value = { $share } ({ $big_tech } von { $flows ->
    [one] { $flows } Verbindung
   *[other] { $flows } Verbindungen
})
report-row-by-minutes = nach aktiven Minuten
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
})
report-row-by-infrastructure = wegen der Infrastruktur
report-row-by-service-only = nur wegen des Eigentümers des Dienstes
report-col-provider = Anbieter
report-col-group = Art
report-col-traffic = Verkehr
report-col-share = Anteil
report-col-service = Dienst
report-col-owner = Eigentümer
report-col-carried-by = Geliefert über
report-col-hour = Stunde
report-col-day = Tag
report-col-big-tech = Big-Tech-Cloud
report-col-other = Übriges Internet
report-col-lan = Lokales Netz
report-col-device = Gerät
report-col-usual = Üblicher Tag
report-col-now = Diesmal
report-col-change = Veränderung
report-col-place = Ort
report-col-network = Netz
report-col-layer = Zugeordnet durch
report-col-decision = Als Big-Tech-Cloud gezählt wegen
report-big-tech-mark = Big Tech
report-unknown = unbekannt
report-not-recorded = nicht erfasst
report-other-networks = Andere Netze
report-unnamed = Nicht erkannt
report-group = { $group ->
    [big-tech] Big-Tech-Cloud
    [cloud] Andere Clouds und Hoster
    [cdn] Content-Delivery-Netze
    [streaming] Streaming-Netze
    [none] Netze, die keine Liste kennt
   *[other] In Ihren Einstellungen benannt
}
report-layer = { $layer ->
    [official] Adresslisten der Anbieter selbst
    [asn] Mitgelieferter Schnappschuss ihrer Netze (ASN)
    [mmdb] Netzdatenbank (ASN)
    [user] Ihre eigenen Einstellungen
   *[unattributed] Nicht zugeordnet
}
report-decision = { $decision ->
    [both] Infrastruktur und Dienst
    [infrastructure] nur die Infrastruktur
    [service] nur der Dienst (fremde Infrastruktur)
   *[neither] keine Big-Tech-Cloud
}
report-chart-gauge = Anteil der Big-Tech-Cloud am Internetverkehr
report-chart-providers = Verkehr pro Anbieter
report-chart-timeline = Verkehr pro Stunde: Big-Tech-Cloud (dunkel) und übriges Internet (hell)
report-chart-timeline-days = Verkehr pro Tag: Big-Tech-Cloud (dunkel) und übriges Internet (hell)
report-chart-baseline = Anteil der Big-Tech-Cloud: üblicher Tag und diesmal
report-health-minutes = Minuten mit Verkehr: { $with } von { $all }.
report-health-gaps = Lücken ohne Aufzeichnung: { $gaps } ({ $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}).
report-health-dropped = Von der Aufzeichnung verlorene Pakete: { $dropped }.
report-health-clock-jumps = Uhrsprünge: { $jumps }.
report-health-unattributed = Keinem Anbieter zugeordnet: { $size } ({ $share }).
report-health-unnamed = Nicht erkannt (kein Dienst bekannt): { $size }.
report-health-ranges = Adresslisten der Anbieter vom { $date } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} alt).
report-health-ranges-undated = Adresslisten der Anbieter: Datum unbekannt.
report-health-gap = Lücke ab { $start }, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}.
report-caveat-daemon = Vom laufenden nuage-Dienst gelesen, der Lücken, Paketverluste und Uhrsprünge nicht meldet: Prüfen Sie sie mit `nuage report --db`.
report-caveat-gap = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lang wurde nichts aufgezeichnet: Die wirklichen Summen sind höher.
report-caveat-dropped = Die Aufzeichnung hat einige Pakete verloren: Die Summen sind etwas zu niedrig.
report-caveat-clock = Die Uhr ist während der Aufzeichnung gesprungen: Manche Minuten können in der falschen Stunde stehen.
report-caveat-unattributed = { $share } des Verkehrs ging an Adressen, die keine Liste zuordnet: Der Big-Tech-Anteil kann höher sein.
report-caveat-old-lists = Die Adresslisten der Anbieter sind alt: Führen Sie `nuage ranges update` aus.
report-methods-rule = Verkehr zählt zur { -big-tech }, wenn die Adresse, an die er ging, zur Infrastruktur eines Big-Tech-Konzerns gehört, ODER wenn der Dienst dahinter einem solchen Konzern gehört (YouTube aus einem Cache bei Ihrem Internetanbieter bleibt Google). Die Konzerne: { $companies }.
report-methods-attribution = Adressen werden zuerst anhand der Listen zugeordnet, die die Anbieter selbst veröffentlichen, dann anhand eines mitgelieferten Schnappschusses ihrer Netze (ASN). Dienste werden an den DNS-Antworten, den TLS- und QUIC-Servernamen und den HTTP-Host-Kopfzeilen im Netz erkannt; nuage speichert nie den Inhalt des Verkehrs.
report-methods-blind = Was unsichtbar bleibt: Namen, die über verschlüsseltes DNS (DoH, DoT) abgefragt werden, Verbindungen, die ihren Servernamen verbergen (ECH), und alles in einem VPN oder über einen Proxy – das zählt für den VPN-Anbieter. Verkehr, der nie durch dieses Netz ging (mobile Daten), wird nicht gezählt.
report-methods-privacy = Datenschutz-Einstellung bei der Aufzeichnung: { $privacy ->
    [full] vollständig (Geräte mit ihrer Hardware-Adresse)
    [devices-anonymous] Geräte unter Pseudonym
    [aggregate] nur Summen, keine Geräte
   *[mixed] je nach Ort verschieden
}.
report-merged-note = Zusammengeführt aus den eigenen Berichten { $places ->
    [one] eines Ortes
   *[other] von { $places } Orten
}. Angaben zu Geräten werden nicht übernommen.
origin-name = { $origin ->
    [official] Listen der Anbieter selbst
    [asn] mitgelieferter Netz-Schnappschuss (ASN)
    [mmdb] ASN-Datenbank (mmdb)
    [user] Ihre eigenen Einstellungen
   *[none] nicht zugeordnet
}
lookup-asn-database = AS{ $asn } laut ASN-Datenbank (mmdb)
lookup-asn-no-provider = auf keiner Anbieterliste; Netz { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } liegt in der Zukunft (heute ist der { $today } in { $zone })
report-error-not-a-date = { $option }: „{ $text }“ ist kein Datum (erwartet: JJJJ-MM-TT, today oder yesterday)
report-error-from-after-to = --from { $from } liegt nach --to { $to }
report-error-too-long = ein Bericht umfasst höchstens { $days } Tage ({ $period } ist länger)
report-error-no-data = kein Verkehr aufgezeichnet für { $period } laut { $source }: { $hint }
report-error-no-database = keine Nutzungsdatenbank unter { $db }
report-error-no-source = keine Nutzungsdatenbank unter { $db } und kein nuage-Dienst unter { $socket }: Starten Sie zuerst den Dienst, oder geben Sie --db PFAD an
report-period-dates = { $from } bis { $to }
report-source-daemon = dem laufenden nuage-Dienst
report-hint-database = die Datenbank hat Daten vom { $from } bis { $to }
report-hint-database-empty = die Datenbank enthält noch keinen Verkehr
report-hint-daemon = der Dienst hat Daten vom { $from } bis { $to }
report-hint-daemon-empty = der Dienst hat noch keinen Verkehr
report-notice-aggregate = die Datenschutz-Einstellung ist `aggregate`: Es werden keine Geräte gespeichert, daher hat der Bericht keinen Abschnitt pro Gerät
report-notice-no-baseline = keiner der Vergleichstage hat Daten; der Bericht enthält keinen Vergleich

## command line (session 4)
cli-dashboard = beim Anzeigen des Dashboards
cli-start-thread = beim Starten einer Hintergrundaufgabe
cli-signals = beim Einrichten des Beendens per Signal
cli-starting-run = beim Starten von nuage run
cli-running = während des Zählens
cli-loading-services = beim Laden des Dienstkatalogs
cli-writing-file = beim Schreiben von { $path }
cli-demo-open = beim Öffnen des Demo-Mitschnitts { $path }
cli-demo-household = Demo-Haushalt
cli-unknown-error = unbekannter Fehler
cli-unsaved-rows = { $count ->
    [one] { $count } Zeile konnte nicht in die Datenbank geschrieben werden
   *[other] { $count } Zeilen konnten nicht in die Datenbank geschrieben werden
}: { $error }
cli-flush-secs = --flush-secs { $value }: erlaubt sind { $min } bis { $max } Sekunden
cli-no-day-before = { $option }: vor dem { $today } gibt es keinen Tag
cli-baseline-syntax = --baseline „{ $spec }“: schreiben Sie `none` oder VON..BIS (zum Beispiel 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline „{ $spec }“: { $from } liegt nach { $to }
cli-baseline-too-long = --baseline „{ $spec }“: höchstens { $days } Tage
cli-older-daemon = der laufende nuage-Dienst ist älter als dieses nuage und antwortet nur tageweise: aktualisieren Sie ihn, oder geben Sie --db PFAD für einen Bericht über mehrere Tage an
cli-top-hint = läuft `nuage run`? (`nuage demo` zeigt das Dashboard auch ohne Dienst)
cli-top-no-snapshot = der Dienst unter { $socket } hat keinen Stand geschickt: { $error }
cli-top-closed = der Dienst unter { $socket } hat die Verbindung beendet

err-config-read = die Konfigurationsdatei { $path } kann nicht gelesen werden: { $error }
err-config-line-key = Konfigurationsdatei { $path }, Zeile { $line }, Schlüssel „{ $key }“: { $problem }
err-config-line = Konfigurationsdatei { $path }, Zeile { $line }: { $problem }
err-config-key = Konfigurationsdatei { $path }, Schlüssel „{ $key }“: { $problem }
err-config-file = Konfigurationsdatei { $path }: { $problem }
err-config-unknown-key = einen Schlüssel „{ $key }“ kennt nuage hier nicht (Tippfehler?); dieser Abschnitt kennt: { $expected }
err-unknown-lang = nuage spricht kein „{ $name }“; möglich sind { $available }
err-config-flush-secs = { $value } Sekunden liegen außerhalb der Grenzen: erlaubt sind { $min } bis { $max }
err-config-capture-buffer = { $value } MiB liegen außerhalb der Grenzen: erlaubt sind { $min } bis { $max }
err-config-zero-days = 0 Tage würden alle Zeilen auf einmal löschen: mindestens 1
err-config-pending-rows = { $value } ist zu wenig: mindestens { $min }
err-config-host-bits = im Präfix { $prefix } sind Host-Bits gesetzt (gemeint ist wohl { $network })
err-config-socket-length = der Socket-Pfad muss 1 bis { $max } Bytes lang sein, nicht { $len }
err-config-metrics-remote = { $listen } ist von anderen Rechnern aus erreichbar: nehmen Sie 127.0.0.1 (oder ::1), oder setzen Sie allow-remote = true unter [metrics]

err-capture-open = die Mitschnittdatei { $path } lässt sich nicht öffnen: { $error }
err-capture-too-short = die Mitschnittdatei { $path } lässt sich nicht öffnen: sie ist nur { $bytes ->
    [one] { $bytes } Byte
   *[other] { $bytes } Bytes
} lang, zu kurz für einen Mitschnitt
err-capture-corrupt-at = die Mitschnittdatei { $path } ist abgeschnitten oder beschädigt, bei Byte { $offset } (nach { $packets ->
    [one] { $packets } Paket
   *[other] { $packets } Paketen
}): { $error }
err-capture-corrupt = die Mitschnittdatei { $path } ist abgeschnitten oder beschädigt, nach { $packets ->
    [one] { $packets } Paket
   *[other] { $packets } Paketen
}: { $error }
err-capture-interface = auf der Schnittstelle { $interface } kann nicht mitgeschnitten werden: { $error }
err-capture-filter = der Mitschnittfilter „{ $filter }“ auf { $interface } ist ungültig: { $error }
err-capture-read = das Lesen von der Schnittstelle { $interface } ist fehlgeschlagen: { $error }
err-capture-no-default = keine Standardroute gefunden (in /proc/net/route oder /proc/net/ipv6_route): geben Sie die Schnittstelle an, auf der mitgeschnitten werden soll
err-capture-timeout = innerhalb der Wartezeit kam kein Paket
err-daemon-capture-permission = { $error }: Mitschneiden braucht root oder die Capability CAP_NET_RAW (siehe README: als Dienst betreiben)

err-store-locked = { $path }: die Datenbank ist von einem anderen Programm gesperrt (läuft schon ein anderes nuage?)
err-store-corrupt = { $path } ist keine lesbare SQLite-Datenbank (beschädigt oder eine ganz andere Datei); sie bleibt unangetastet: legen Sie sie beiseite, um eine neue anzufangen
err-store-not-nuage = { $path } ist die SQLite-Datenbank einer anderen Anwendung ({ $tables ->
    [one] { $tables } Tabelle
   *[other] { $tables } Tabellen
}); sie bleibt unangetastet: geben Sie nuage einen eigenen Pfad
err-store-too-new = { $path }: Schemaversion { $found } ist neuer, als dieses nuage versteht ({ $supported }); die Datenbank bleibt unangetastet: aktualisieren Sie nuage
err-store-too-old = { $path }: Schemaversion { $found } ist älter als { $supported }, und nur lesend geöffnet lässt sie sich nicht umstellen: starten Sie einmal `nuage run`, das erledigt es
err-store-read-only = { $path }: in die Datenbank kann nicht geschrieben werden (Datei, Ordner oder Dateisystem schreibgeschützt)
err-store-disk-full = { $path }: die Festplatte ist voll
err-store-cannot-open = { $path }: die Datenbankdatei lässt sich weder öffnen noch anlegen (gibt es den Ordner, und darf nuage dort schreiben?)
err-store-invalid-data = { $path }: ein gespeicherter Wert, den dieses nuage nicht zurücklesen kann ({ $error })
err-store-sqlite = { $path }: Datenbankfehler ({ $error })
err-store-time-zone = unbekannte Zeitzone „{ $name }“ (geben Sie einen IANA-Namen an, etwa Europe/Berlin): { $error }
err-db-missing = keine Datenbank unter { $path } (`nuage run` legt nuage.db in seinem Datenordner an)
err-db-open = die Datenbank { $path } kann nicht gelesen werden: { $error }
err-db-shm = { $shm } gehört einem laufenden `nuage run`, und dieser Benutzer darf sie nicht schreiben, was das Lesen neben dem Dienst aber braucht: starten Sie den Befehl als Benutzer des Dienstes (`sudo -u nuage`), oder nehmen Sie `nuage top` ohne --db, über den Socket des Dienstes

err-client-not-running = kein nuage-Dienst unter { $path } ({ $error })
err-client-io = Steuer-Socket: { $error }
err-client-refused = der Dienst hat die Anfrage „{ $request }“ abgelehnt: { $error }
err-client-protocol = mit der Antwort des Dienstes kann dieses nuage nichts anfangen: { $error }
err-client-closed = der Dienst hat die Verbindung beendet

err-merge-read = { $path } kann nicht gelesen werden: { $error }
err-merge-parse = { $path } ist kein nuage-Bericht (JSON): { $error }
err-merge-no-version = { $path } hat keine schema_version: stammt die Datei von `nuage report --format json`?
err-merge-version = { $path } hat Berichtsschema-Version { $found }, dieses nuage liest Version { $expected }: schreiben Sie den Bericht mit derselben nuage-Version neu
err-merge-collective = { $path } ist schon ein gemeinsamer Bericht: führen Sie lieber die Berichte der einzelnen Orte zusammen
err-merge-empty = nichts zusammenzuführen: geben Sie mindestens einen Bericht an
err-render-json = beim Schreiben des Berichts als JSON: { $error }

err-ranges-unknown-source = es gibt keine Quelle „{ $id }“ (bekannt: { $known })
err-ranges-busy = ein anderes `nuage ranges update` läuft gerade (es hält { $path })
err-ranges-decompress = { $file }: lässt sich nicht entpacken: { $error }
err-ranges-shrank = { $file } enthält { $new } Präfixe, die aktuelle Datei aber { $old }: mehr als die Hälfte fiele weg, deshalb wurde sie abgelehnt (--force nimmt sie trotzdem)
err-ranges-catalogue = { $file }: { $what } „{ $value }“ steht nicht im Katalog
err-download-refused = { $url }: abgelehnt ({ $error })
err-download-status = { $url }: der Server antwortete mit HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: auf dieser Seite steht kein Link auf eine Datei ServiceTags_Public_<Datum>.json
err-download-gzip = kein gültiges gzip: { $error }
err-zip = kein lesbares Zip-Archiv: { $error }
err-parse-syntax = kein gültiges { $format }: { $error }
err-parse-entry = Eintrag { $entry }: { $error }
err-parse-empty = die Datei enthält keine Adressbereiche
err-override = Ihr provider-ranges-Eintrag für { $prefix }: { $error }
err-asn-read = die ASN-Datenbank { $path } kann nicht gelesen werden: { $error }
err-asn-invalid = die ASN-Datenbank { $path } ist keine gültige MaxMind-Datenbank: { $error }

err-cannot-read = { $path } kann nicht gelesen werden: { $error }
err-cannot-write = { $path } kann nicht geschrieben werden: { $error }
err-cannot-create = { $path } kann nicht angelegt werden: { $error }
err-cannot-lock = { $path } kann nicht gesperrt werden: { $error }
err-not-a-folder = { $path } ist kein Ordner

err-daemon-no-such-user = [daemon] user = „{ $name }“: einen solchen Benutzer gibt es in /etc/passwd nicht
err-daemon-ranges = beim Laden der Adressbereiche der Anbieter: { $error }
err-daemon-secret = Pseudonym-Schlüssel { $path }: { $error }
err-daemon-privileges = beim Abgeben der Rechte: { $error }
err-metrics-not-loopback = die Metrik-Adresse { $addr } ist von anderen Rechnern aus erreichbar; setzen Sie allow-remote = true unter [metrics], um sie zu bedienen
err-metrics-bind = auf { $addr } können keine Metriken angeboten werden: { $error }
err-demo-empty = der Demo-Mitschnitt { $path } enthält keine Pakete

dash-store-locked = Datenbank gesperrt
dash-store-disk-full = Festplatte voll
dash-store-read-only = Datenbank schreibgeschützt
dash-store-cannot-open = Datenbank nicht erreichbar
dash-store-unusable = Datenbank unbrauchbar
dash-store-failed = Datenbankfehler
dash-store-folded = (zählt im Speicher weiter; { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} zu Stunden zusammengefasst, Summen bleiben)
dash-offload = Hardware-Offloading verbirgt { $hidden } des Verkehrs

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Aufruf:
cli-more-help = Mehr dazu mit „{ $help }“.
cli-arg-unknown = unerwartetes Argument „{ $arg }“
cli-command-unknown = unbekannter Befehl „{ $name }“
cli-arg-missing-value = „{ $arg }“ braucht einen Wert, aber es wurde keiner angegeben
cli-arg-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-possible-values = mögliche Werte: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = „{ $value }“ ist keine ganze Zahl im erlaubten Bereich
cli-value-demo-speed = „{ $value }“ ist keine Geschwindigkeit zwischen 0 und 100000 (zum Beispiel 60)
cli-value-time-of-day = „{ $value }“ ist keine Uhrzeit wie 07:30
cli-value-run-speed = „{ $value }“ ist keine Geschwindigkeit: geben Sie einen Faktor über 0 an (1 = Echtzeit, 60 = eine Minute pro Sekunde) oder max
cli-value-format = unbekanntes Format „{ $value }“ (schreiben Sie text, md, json, csv oder html)
cli-value-network = „{ $value }“ ist kein Netzpräfix wie 192.0.2.0/24 oder 2001:db8::/32
cli-arg-required = diese nötigen Argumente fehlen:
cli-command-missing = „{ $name }“ braucht einen Befehl, es wurde aber keiner angegeben
cli-possible-commands = Befehle: { $commands }
cli-arg-repeated = „{ $arg }“ darf nur einmal angegeben werden
cli-arg-conflict = „{ $arg }“ lässt sich nicht mit „{ $other }“ kombinieren
cli-arg-conflict-many = „{ $arg }“ lässt sich nicht kombinieren mit:
cli-arg-too-many = unerwarteter Wert „{ $value }“ für „{ $arg }“: weitere Werte waren nicht erwartet
cli-invalid-utf8 = ein Argument ist kein gültiger UTF-8-Text
cli-tip-similar-command = Tipp: { $count ->
    [one] es gibt einen ähnlichen Befehl: { $names }
   *[other] es gibt ähnliche Befehle: { $names }
}
cli-tip-similar-arg = Tipp: { $count ->
    [one] es gibt eine ähnliche Option: { $names }
   *[other] es gibt ähnliche Optionen: { $names }
}
cli-tip-similar-value = Tipp: { $count ->
    [one] es gibt einen ähnlichen Wert: { $names }
   *[other] es gibt ähnliche Werte: { $names }
}
cli-tip-as-value = Tipp: um „{ $arg }“ als Wert zu übergeben, schreiben Sie „{ $fix }“
cli-tip-exists = Tipp: „{ $usage }“ gibt es (die Option gehört hinter ihren Befehl)
cli-tip-remove-dashes = Tipp: den Befehl „{ $name }“ gibt es; um ihn zu verwenden, entfernen Sie das „--“ davor

err-io = { $kind ->
    [not-found] Datei oder Ordner nicht gefunden
    [permission-denied] Zugriff verweigert
    [is-a-folder] das ist ein Ordner, keine Datei
    [not-a-folder] ein Teil des Pfads ist kein Ordner
    [read-only] das Dateisystem ist schreibgeschützt
    [disk-full] kein Platz mehr auf dem Datenträger
    [exists] existiert bereits
    [refused] Verbindung abgelehnt
    [timed-out] Zeitüberschreitung
    [address-in-use] die Adresse wird bereits verwendet
    [address-unavailable] diese Adresse gehört nicht zu diesem Rechner
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: das System konnte die Datenbankdatei weder lesen noch schreiben (defekte SD-Karte oder Festplatte, abgezogener USB-Stick?)
dash-store-io = Datenträgerfehler
replay-undecodable-reason = { $reason ->
    [truncated] Frame zu kurz für den Header ({ $header })
    [link-type] Linktyp { $link } wird nicht unterstützt
    [not-ip] kein IP-Paket (Link-Protokoll { $protocol })
   *[malformed] fehlerhafter Header ({ $header })
}
ranges-date-from = { $date } ({ $from ->
    [published] veröffentlicht
    [updated] aktualisiert
   *[file-time] Dateidatum
})
err-daemon-reply = { $code ->
    [busy] zu viele Programme sind mit ihm verbunden; versuchen Sie es gleich noch einmal
    [unavailable] er kann gerade nicht antworten (er kann seine Datenbank nicht lesen; siehe sein Protokoll)
    [not-found] er hat für diese Anfrage nichts aufgezeichnet
   *[protocol] dieses nuage und der Dienst verstehen sich nicht (ist eines von beiden älter?): { $message }
}

## --help (session 5)

help-about-nuage = Wie sehr haben wir uns heute auf die { -big-tech } gestützt?
help-body-nuage =
    nuage beobachtet den Verkehr eines Haushalts oder eines Nachbarschaftszentrums und ordnet jeden Fluss dem Cloud-Anbieter zu, der ihn bedient.
help-arg-nuage-data-dir = Wo nuage seine Daten ablegt [default: /var/lib/nuage für root, sonst ~/.local/share/nuage]
help-arg-nuage-config = Konfigurationsdatei [default: /etc/nuage/nuage.toml, wenn vorhanden]
help-arg-nuage-socket = Der Steuer-Socket des laufenden Dienstes [default: /run/nuage/nuage.sock für root, sonst $XDG_RUNTIME_DIR/nuage/nuage.sock; oder `[control] socket` in der Konfiguration]
help-arg-nuage-verbose = Mehr darüber sagen, was gerade passiert (wiederholen für mehr)
help-arg-nuage-json = Daten als JSON ausgeben (ein Objekt, bei Listen eines pro Zeile)
help-arg-nuage-lang = Sprache der Meldungen: en, es, ca, fr, de, pt, el, ro, it [default: `lang` aus der Konfiguration, dann LC_ALL / LC_MESSAGES / LANG, dann en]
help-about-lookup = Welcher Anbieter eine Adresse bedient, und warum
help-arg-lookup-addresses = Nachzuschlagende Adressen (IPv4, IPv6, IPv4-mapped oder NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Adressen auch von der Standardeingabe lesen, eine pro Zeile
help-about-ranges = Adressbereichslisten der Anbieter: woher sie kommen, wie aktuell sie sind, wie man sie aktualisiert
help-about-ranges-sources = Die offiziellen Quellen auflisten: ID, URL und der Dateiname, den `update --from` erwartet
help-about-ranges-status = Je Quelle: Datum, Alter, Anzahl der Präfixe und ob sie veraltet ist
help-about-ranges-update = Jede offizielle Quelle herunterladen (oder aus einem Ordner importieren) und einsetzen
help-body-ranges-update =
    Jede Datei wird vollständig geprüft, bevor sie die benutzte ersetzt; eine Quelle, die
    scheitert, behält ihre bisherige Datei. Heruntergeladen wird nur über HTTPS. Mit
    `[ranges] mirror = "URL"` in der Konfiguration kommt jede Datei von URL/<file> (Namen so,
    wie `nuage ranges sources` sie auflistet). Einfaches http:// gilt nur für diesen Rechner
    (127.0.0.0/8, ::1, localhost), und das nutzen die Tests.
help-arg-ranges-update-from = Die Dateien aus diesem Ordner importieren (z. B. einem USB-Stick), statt sie herunterzuladen
help-arg-ranges-update-force = Eine Liste annehmen, die um mehr als die Hälfte geschrumpft ist
help-arg-ranges-update-sources = Nur diese Quellen (IDs aus `nuage ranges sources`)
help-about-replay = Den Verkehr von Mitschnittdateien zählen, so schnell sie sich lesen lassen
help-arg-replay-files = Mitschnittdateien (pcap oder pcapng), in der angegebenen Reihenfolge gelesen
help-arg-replay-flows = Jeden Fluss statt der Zusammenfassung ausgeben, ein JSON-Objekt pro Zeile
help-arg-replay-lan = Ein Präfix, das zum lokalen Netz gehört, zusätzlich zu den privaten Bereichen (wiederholbar)
help-about-run = Als Dienst laufen: mitschneiden, zählen und die Zahlen in der Datenbank aufbewahren
help-body-run =
    Die Einstellungen kommen aus der Konfigurationsdatei ([daemon] und [store], siehe
    nuage.example.toml); hier angegebene Optionen haben Vorrang. SIGTERM/SIGINT schreiben das
    Gezählte und beenden; SIGHUP lädt Anbieterbereiche, Datenschutz und Ort neu.
help-arg-run-interfaces = Schnittstelle zum Mitschneiden (wiederholbar) [default: [daemon] interfaces, sonst die der Standardroute]
help-arg-run-pcap = Diese Mitschnittdatei denselben Weg durchlaufen lassen, statt mitzuschneiden
help-arg-run-speed = Mit --pcap: N-fache Echtzeit (60 = eine Minute pro Sekunde) oder `max`
help-arg-run-looped = Mit --pcap: am Dateiende von vorn beginnen, jeder Durchlauf am/an den folgenden Tag(en)
help-arg-run-flush-secs = Sekunden zwischen zwei Schreibvorgängen in die Datenbank [default: [daemon] flush-secs, 60]
help-arg-run-tz = IANA-Zeitzone, in der Tage gezählt werden [default: [daemon] tz, sonst die des Systems]
help-arg-run-tui = Das Live-Dashboard während des Mitschnitts in diesem Terminal zeigen (Ende mit q; der Mitschnitt stoppt und das Gezählte wird geschrieben)
help-arg-run-user = Unprivilegierter Benutzer, zu dem nach dem Öffnen der Mitschnitte gewechselt wird [default: [daemon] user, sonst `nuage`, falls vorhanden]
help-arg-run-lan = Ein Präfix, das zum lokalen Netz gehört, zusätzlich zu den privaten Bereichen (wiederholbar)
help-about-demo = Ein lebendiges Dashboard aus dem Tag des Demo-Haushalts, schnell abgespielt (ohne root, ohne Dienst)
help-body-demo =
    Spielt demo/household.pcap (ein erfundener Haushalt am 8. März) durch die echte
    Verarbeitung ab, 60-mal schneller als Echtzeit, in Schleife, jedes Mal einen Tag später.
help-arg-demo-speed = Wie viel schneller als in Echtzeit der Tag vergeht
help-arg-demo-from = Uhrzeit, zu der das Abspielen beginnt (HH:MM); frühere Pakete werden sofort gezählt
help-arg-demo-file = Diesen Mitschnitt statt des Demo-Haushalts abspielen
help-about-top = Das Live-Dashboard des laufenden Dienstes (über seinen Steuer-Socket) oder einer Datenbank
help-arg-top-db = Diese Datenbank direkt lesen, ohne Dienst (nicht live: keine Raten, keine Flüsse)
help-about-report = Die Zusammenfassung eines Tages zum Teilen: Text, Markdown, JSON, CSV oder eine HTML-Seite
help-arg-report-day = Der lokale Tag: JJJJ-MM-TT, today oder yesterday [default: today]
help-arg-report-from = Erster Tag eines Zeitraums (mit --to)
help-arg-report-to = Letzter Tag eines Zeitraums, eingeschlossen (mit --from)
help-arg-report-baseline = Der übliche Tag zum Vergleich: `none` oder FROM..TO (z. B. 2027-03-01..2027-03-07) [default: derselbe Wochentag in den vier Wochen davor mit Daten]
help-arg-report-format = text, md, json, csv oder html (--json heißt json)
help-arg-report-per-device = Einen Abschnitt pro Gerät anfügen, wenn die Datenschutz-Einstellung Geräte behält
help-arg-report-out = Den Bericht nach FILE statt auf die Standardausgabe schreiben
help-arg-report-db = Die Nutzungsdatenbank [default: nuage.db im Datenordner]
help-arg-report-time-zone = IANA-Zeitzone der Tage (Europe/Brussels) [default: die des Systems]
help-about-report-merge = Die JSON-Berichte mehrerer Orte zu einem gemeinsamen Bericht zusammenführen (ohne Gerätedetails)
help-arg-report-merge-files = JSON-Berichte, geschrieben von `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv oder html (--json heißt json)
help-arg-report-merge-out = Den Bericht nach FILE statt auf die Standardausgabe schreiben
help-heading-commands = Befehle
help-heading-arguments = Argumente
help-heading-options = Optionen
help-heading-examples = Beispiele
help-heading-example = Beispiel
help-flag-help = Hilfe anzeigen
help-flag-help-more = Hilfe anzeigen (mehr mit '--help')
help-flag-help-summary = Hilfe anzeigen (Kurzfassung mit '-h')
help-flag-version = Version anzeigen
help-command-help = Diese Meldung oder die Hilfe der angegebenen Befehle anzeigen
