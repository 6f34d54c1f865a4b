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
no-baseline-yet = noch keine früheren { $weekday ->
    [monday] Montage
    [tuesday] Dienstage
    [wednesday] Mittwoche
    [thursday] Donnerstage
    [friday] Freitage
    [saturday] Samstage
   *[sunday] Sonntage
} zum Vergleich
time-range = { $from } bis { $to }
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
local-network = lokales Netz

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

headline = Anteil des Datenverkehrs, der heute von der { -big-tech } abhing
headline-sentence = heute hing { $share } unseres Datenverkehrs von der { -big-tech } ab
headline-place = { $place }: Anteil des Datenverkehrs, der heute von der { -big-tech } abhing
status-live = live
status-paused = angehalten
status-updated = aktualisiert um { $time }
status-no-traffic = heute noch kein Datenverkehr gesehen
view-providers = Anbieter
view-services = Dienste
view-devices = Geräte
view-timeline = Verlauf
view-flows = Verbindungen
col-provider = Anbieter
col-service = Dienst
col-device = Gerät
col-share = Anteil
col-traffic = Verkehr
col-up = Gesendet
col-down = Empfangen
col-flows = Verb.
col-group = Gruppe
col-time = Uhrzeit
devices-hidden = Geräte werden nicht angezeigt (Datenschutz-Einstellung „{ $privacy }“).
timeline-minutes-ago = { $minutes ->
    [one] vor { $minutes } Minute
   *[other] vor { $minutes } Minuten
}
timeline-hour = { $hour } Uhr
help-title = Tasten
key-quit = beenden
key-pause = anhalten / fortsetzen
key-next-view = nächste Ansicht
key-previous-view = vorige Ansicht
key-up-down = nach oben / unten
key-sort = Sortierung ändern
key-previous-day = voriger Tag
key-next-day = nächster Tag
key-today = zurück zu heute
key-help = diese Hilfe zeigen / ausblenden

## Units

unit-flows = { $count ->
    [one] { $count } Verbindung
   *[other] { $count } Verbindungen
}
unit-devices = { $count ->
    [one] { $count } Gerät
   *[other] { $count } Geräte
}
unit-providers = { $count ->
    [one] { $count } Anbieter
   *[other] { $count } Anbieter
}
unit-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
unit-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
unit-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = Was diese Zahlen nicht sagen können
report-summary = { $share } des Internetverkehrs von { $place } hing von der { -big-tech } ab ({ $big_tech } von { $total }).
report-method = nuage betrachtet den Verkehr zwischen diesem Netz und dem Internet, nie seinen Inhalt. Jede Verbindung wird einmal gezählt, in Bytes in beide Richtungen, und dem Unternehmen zugeordnet, das den Server betreibt – anhand der Adresslisten, die die Anbieter selbst veröffentlichen, und des Registers, wem welches Netz gehört. Der Dienst wird am öffentlichen Teil jeder Verbindung erkannt (dem Namen, der beim DNS erfragt oder beim Aufbau einer verschlüsselten Verbindung genannt wird). Verkehr innerhalb des lokalen Netzes wird getrennt gezählt und geht nicht in den Anteil ein.
report-caveat-cdn = Content-Delivery-Netze bedienen viele Unternehmen: Ihr Verkehr wird dem Netz zugeordnet, nicht der besuchten Website.
report-caveat-encrypted-dns = Geräte, die ihre Namensabfragen verschlüsseln (verschlüsseltes DNS), erschweren das Erkennen von Diensten; ihr Verkehr wird trotzdem nach Anbieter gezählt.
report-caveat-lists = Anbieterlisten ändern sich: Eine Adresse, die seit der letzten Aktualisierung an ein anderes Unternehmen gegangen ist, kann falsch zugeordnet werden.
report-caveat-vpn = Verkehr durch ein VPN wird dem VPN-Anbieter zugeordnet, egal was darin transportiert wird.
report-caveat-bytes = Bytes sind weder Energie noch Emissionen: Ein Byte Video wiegt hier so viel wie ein Byte einer Nachricht.
report-generated = Erstellt von nuage { $version } am { $date } um { $time }.

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
