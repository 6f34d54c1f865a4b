# nuage — română.
# Plurals: one (1), few (0, 2–19, 101–119…), other (20 and more, with “de”: „20 de fluxuri”).
# RO_PLURAL is CLDR's Romanian rule; the plural data Fluent ships drops its “n % 100”.

-big-tech = cloud-ul giganților tech

## Language choice

lang-unknown = limbă necunoscută „{ $name }”; nuage continuă în engleză. Disponibile: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] luni
    [tuesday] marți
    [wednesday] miercuri
    [thursday] joi
    [friday] vineri
    [saturday] sâmbătă
   *[sunday] duminică
}
month-name = { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
}
weekday-short = { $weekday ->
    [monday] lun.
    [tuesday] mar.
    [wednesday] mie.
    [thursday] joi
    [friday] vin.
    [saturday] sâm.
   *[sunday] dum.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] față de o zi de luni obișnuită
    [tuesday] față de o zi de marți obișnuită
    [wednesday] față de o zi de miercuri obișnuită
    [thursday] față de o zi de joi obișnuită
    [friday] față de o zi de vineri obișnuită
    [saturday] față de o sâmbătă obișnuită
   *[sunday] față de o duminică obișnuită
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } z

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] alte clouduri și găzduire
    [cdn] rețele de distribuție de conținut
    [streaming] rețele de streaming
   *[other] altele
}
no-provider-list = în nicio listă de furnizori
unknown-device = dispozitiv necunoscut

## Command line: errors a user sees

error-loading-ranges = la încărcarea plajelor de adrese ale furnizorilor
error-bundled-catalogue = la citirea catalogului inclus
error-reading-stdin = la citirea intrării standard
error-writing-report = la scrierea raportului
error-writing-flows = la scrierea fluxurilor

## nuage lookup

lookup-need-addresses = indicați una sau mai multe adrese, sau --stdin
lookup-bad-address = { $text } nu este o adresă IPv4 sau IPv6
lookup-no-match = nu corespunde niciunei liste de furnizori
lookup-matched = { $prefix } conform { $source } ({ $origin })

## nuage replay

replay-captured = Capturat între { $from } și { $to }: { RO_PLURAL($frames) ->
    [one] { $frames } cadru
    [few] { $frames } cadre
   *[other] { $frames } de cadre
}, { $size }
replay-internet = Internet: { $up } trimiși, { $down } primiți, { RO_PLURAL($flows) ->
    [one] { $flows } flux
    [few] { $flows } fluxuri
   *[other] { $flows } de fluxuri
}
replay-lan = Rețea locală: { $size } ({ RO_PLURAL($flows) ->
    [one] { $flows } flux
    [few] { $flows } fluxuri
   *[other] { $flows } de fluxuri
}, { RO_PLURAL($non_ip) ->
    [one] { $non_ip } cadru non-IP
    [few] { $non_ip } cadre non-IP
   *[other] { $non_ip } de cadre non-IP
})
replay-big-tech-share = Cota traficului de internet prin { -big-tech }: { $share }
replay-by-group = Pe grupuri:
replay-by-provider = Pe furnizori:
replay-decided-by = decis de infrastructură și serviciu: { $both }, doar de infrastructură: { $infrastructure }, doar de serviciu: { $service }
replay-encrypted-dns = DNS criptat (DoH/DoT/DoQ): { $size }, { RO_PLURAL($flows) ->
    [one] { $flows } flux
    [few] { $flows } fluxuri
   *[other] { $flows } de fluxuri
}
replay-by-service = Pe servicii (proprietar · infrastructură):
replay-by-domain = Nume fără regulă de serviciu (domeniu înregistrabil):
replay-by-network = Alte rețele (baza de date ASN):
replay-and-more = … și încă { $count }
replay-provider-origin = Furnizor stabilit de:
replay-by-device = Pe dispozitive:
replay-undecodable = Nedecodabile: { RO_PLURAL($frames) ->
    [one] { $frames } cadru
    [few] { $frames } cadre
   *[other] { $frames } de cadre
}, { $size }
replay-flow-table = Tabelul de fluxuri: { RO_PLURAL($flows) ->
    [one] { $flows } flux
    [few] { $flows } fluxuri
   *[other] { $flows } de fluxuri
}, { $evicted } eliminate la limita de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = FURNIZOR
ranges-col-format = FORMAT
ranges-col-every = LA FIECARE
ranges-col-save-as = SALVAȚI CA
ranges-col-url = URL
ranges-all-providers = (toți)
ranges-offline-howto = Pentru a actualiza un aparat fără internet: descărcați fiecare URL de pe alt calculator, salvați fișierele într-un singur dosar cu numele din coloana SALVAȚI CA, apoi rulați `nuage ranges update --from DOSAR`.
ranges-note-discover = { $id }: URL-ul este o pagină; descărcați fișierul spre care trimite și salvați-l ca { $file }
ranges-note-placeholders = { $id }: înlocuiți {"{"}YYYY{"}"} și {"{"}MM{"}"} cu anul și luna curente
ranges-note-gzip = { $id }: descărcarea este comprimată cu gzip; salvați-o ca { $file }, comprimată sau nu
ranges-note-zip = { $id }: descărcarea este o arhivă zip; salvați-o ca { $file } așa cum este, sau cu fișierele ei unite
ranges-note-licence = { $id }: licență: { $licence }

## nuage ranges status

ranges-col-source = SURSĂ
ranges-col-file = FIȘIER
ranges-col-date = DATA
ranges-col-age = VECHIME
ranges-col-state = STARE
ranges-state-not-imported = neimportată
ranges-state-unreadable = ILIZIBILĂ: { $error }
ranges-state-stale = ÎNVECHITĂ
ranges-state-ok = ok
ranges-bundled = Instantaneu inclus: { $date }; prefixe derivate din ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicate: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (acum { $days } z)
ranges-undated = fără dată
ranges-stale-hint = Listele ÎNVECHITE sunt mai vechi decât dublul ritmului lor de publicare: rulați `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { RO_PLURAL($count) ->
    [one] { $count } prefix
    [few] { $count } prefixe
   *[other] { $count } de prefixe
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: nemodificat pe server
ranges-unchanged = { $id }: neschimbat, { $prefixes }
ranges-not-in-dir = { $id }: { $file } nu este în { $dir }, omis
ranges-failed-kept = { $id }: EȘUAT: { $error }; rămâne în uz fișierul anterior
ranges-failed-bundled = { $id }: EȘUAT: { $error }; nu s-a importat încă nimic, rămâne în uz instantaneul inclus
ranges-from-empty = { $dir } nu conține niciunul dintre fișierele așteptate (numele lor le arată `nuage ranges sources`)

## Dashboard

view-services = Servicii
view-devices = Dispozitive
view-flows = Fluxuri
col-provider = Furnizor
col-service = Serviciu
col-device = Dispozitiv
col-share = Cotă
col-traffic = Trafic
devices-hidden = Dispozitivele nu sunt afișate (setarea de confidențialitate „{ $privacy }”).
help-title = Taste
key-quit = ieșire
key-today = înapoi la azi

## Units

unit-flows = { RO_PLURAL($count) ->
    [one] { $count } flux
    [few] { $count } fluxuri
   *[other] { $count } de fluxuri
}
unit-devices = { RO_PLURAL($count) ->
    [one] { $count } dispozitiv
    [few] { $count } dispozitive
   *[other] { $count } de dispozitive
}
unit-days = { RO_PLURAL($count) ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}

## Reports

report-title = Cât ne-am sprijinit pe { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = De la { $from } până la { $to }
report-section-summary = Rezumat
report-section-providers = Furnizori
report-section-services = Servicii
report-section-devices = Dispozitive
report-section-timeline = De-a lungul zilei
report-section-baseline = Față de o zi obișnuită
report-section-method = Cum numără nuage
report-caveat-cdn = Rețelele de distribuție de conținut servesc multe companii: traficul lor este atribuit rețelei, nu site-ului vizitat.
report-caveat-bytes = Octeții nu sunt energie și nici emisii: aici un octet de video cântărește cât un octet dintr-un mesaj.

## dashboard (session 3)
dash-no-place = acest loc
dash-live = în direct
dash-paused = în pauză
dash-not-live = nu e în direct
dash-history = istoric
dash-from-database = se citește { $path }
dash-tab-overview = Rezumat
dash-help-hint = ? ajutor
dash-headline-title = Cota din { -big-tech }
dash-headline-no-data = Încă nu s-a numărat trafic de internet pentru această zi.
dash-no-baseline = încă nu există o zi obișnuită cu care să comparăm
dash-share-of = { $big_tech } din { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } față de o zi obișnuită ({ $usual })
dash-providers-title = Cine a transportat traficul
dash-timeline-title = De-a lungul zilei ({ $bucket }, vârf { $peak })
dash-per-minutes = la { $minutes } min
dash-per-hours = { $hours ->
    [one] pe oră
   *[other] la { $hours } h
}
dash-flows-title = Fluxuri curente
dash-cat-other-clouds = Alte cloud-uri/CDN
dash-cat-other-networks = Alte rețele
dash-cat-lan = Intern (LAN)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = altele
dash-legend-now = acum
dash-col-service-carrier = Serviciu · infrastructură
dash-col-named-by = Identificat prin
dash-col-lan = LAN
dash-col-remote = Destinație
dash-col-rate = Acum ↓/↑
dash-col-rate-now = acum
dash-unnamed-service = Fără nume
dash-unknown-network = rețea necunoscută
dash-source-address = adresă
dash-flows-hidden = Niciun flux curent de afișat (sau setarea de confidențialitate le ascunde).
dash-flows-not-live = Fluxurile se afișează doar în direct, pentru azi.
dash-empty-list = Încă nu s-a numărat nimic.
dash-no-day-data = Nu există date salvate pentru această zi.
dash-sort-traffic = trafic
dash-sort-big-tech = întâi Big Tech
dash-sort-name = nume
dash-sort-rate = viteză acum
dash-sorted-by = ordine: { $sort }
dash-units-bytes-si = octeți (kB, MB)
dash-units-bytes-iec = octeți (KiB, MiB)
dash-units-bits-si = biți (kbit, Mbit)
dash-units-bits-iec = biți (Kibit, Mibit)
dash-units-label = unități: { $units }
dash-capture-ok = captură ok
dash-interface-down = inactivă
dash-no-capture = fără captură
dash-dropped = { RO_PLURAL($count) ->
    [one] { $count } pierdut
    [few] { $count } pierdute
   *[other] { $count } de pierdute
}
dash-not-saving = nu se salvează: { $error }
dash-ranges-version = intervale { $version }
dash-footer-hints = Tab vedere  ←/→ zi  s ordine  u unități  p pauză  ? ajutor  q ieșire
dash-help-close = Apăsați orice tastă pentru a închide.
dash-help-views = vederea următoare / anterioară
dash-help-move = deplasare în listă
dash-help-page = deplasare cu o pagină
dash-help-sort = schimbă ordinea
dash-help-pause = pauză / reluare actualizări
dash-help-days = ziua anterioară / următoare
dash-help-units = unități: octeți sau biți, kB sau KiB
dash-help-help = acest ajutor
dash-help-mouse-key = mouse
dash-help-mouse = derulare liste, clic pe numele unei vederi
dash-too-small =
    Terminalul este prea mic
    pentru panou (cel puțin { $width }×{ $height }).
dash-needs-terminal = { $command } desenează un panou și are nevoie de un terminal (ieșirea standard nu este unul)

## report (session 3)
# Raportul (nuage report) în formatele lui lizibile, și identificatorii pe care îi arată
# nuage replay și nuage lookup. Numărătorile vin ca numere (plurale); mărimi, procente, date
# și ore vin deja formatate, ca text.

report-title-collective = Cât ne-am sprijinit pe { -big-tech }? Toate locurile împreună
report-section-groups = Tipuri de furnizori
report-section-networks = Alte rețele
report-section-days = Zi cu zi
report-section-health = Cât de complete sunt aceste cifre
report-section-places = Locuri
report-headline = { $share } din traficul nostru de internet ({ $total } în total) a mers spre { -big-tech } sau a venit de acolo.
report-headline-collective = În { RO_PLURAL($places) ->
    [one] un loc
    [few] { $places } locuri
   *[other] { $places } de locuri
}, { $share } din traficul de internet a mers spre { -big-tech } sau a venit de acolo (între { $min } și { $max }, după loc).
report-baseline-sentence = { $direction ->
    [less] Asta înseamnă cu { $points } puncte procentuale mai puțin decât într-o zi obișnuită ({ $usual } în medie pe { RO_PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }).
   *[more] Asta înseamnă cu { $points } puncte procentuale mai mult decât într-o zi obișnuită ({ $usual } în medie pe { RO_PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }).
}
report-baseline-method = { $method ->
    [same-weekday] aceeași zi a săptămânii din săptămânile anterioare
    [previous-weeks] cele patru săptămâni dinainte
    [range] zilele cerute
   *[places] ziua obișnuită a fiecărui loc
}
report-baseline-days = Zi obișnuită: { $how }.
report-baseline-days-list = Zi obișnuită: { $how } ({ $days }).
report-no-data = Nu s-a înregistrat niciun trafic.
report-more = … și încă { $count }
report-points = { $points } p.p.
report-row-internet = Trafic de internet
report-row-share = Cota cloud-ului giganților tech
report-row-internet-value = { $total } ({ $up } trimiși, { $down } primiți)
report-row-lan = În interiorul locului (rețeaua locală)
report-row-by-bytes = Cloud-ul giganților tech, în octeți
report-row-by-flows = în conexiuni
report-row-by-flows-value = { $share } ({ $big_tech } din { RO_PLURAL($flows) ->
    [one] { $flows } conexiune
    [few] { $flows } conexiuni
   *[other] { $flows } de conexiuni
})
report-row-by-minutes = în minute de activitate
report-row-by-minutes-value = { $share } ({ RO_PLURAL($minutes) ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
})
report-row-by-infrastructure = din cauza infrastructurii
report-row-by-service-only = doar din cauza proprietarului serviciului
report-col-provider = Furnizor
report-col-group = Tip
report-col-traffic = Trafic
report-col-share = Cotă
report-col-service = Serviciu
report-col-owner = Proprietar
report-col-carried-by = Livrat prin
report-col-hour = Ora
report-col-day = Ziua
report-col-big-tech = Cloud-ul giganților tech
report-col-other = Restul internetului
report-col-lan = Rețeaua locală
report-col-device = Dispozitiv
report-col-usual = Zi obișnuită
report-col-now = De data asta
report-col-change = Schimbare
report-col-place = Loc
report-col-network = Rețea
report-col-layer = Atribuit după
report-col-decision = Socotit cloud al giganților tech din cauza
report-big-tech-mark = Big Tech
report-unknown = necunoscut
report-not-recorded = neînregistrat
report-other-networks = Alte rețele
report-unnamed = Neidentificat
report-group = { $group ->
    [big-tech] Cloud-ul giganților tech
    [cloud] Alte clouduri și găzduire
    [cdn] Rețele de distribuție de conținut
    [streaming] Rețele de streaming
    [none] Rețele pe care nu le știe nicio listă
   *[other] Numite în setările dumneavoastră
}
report-layer = { $layer ->
    [official] Listele de adrese ale furnizorilor înșiși
    [asn] Instantaneu inclus al rețelelor lor (ASN)
    [mmdb] Baza de date a rețelelor (ASN)
    [user] Setările dumneavoastră
   *[unattributed] Neatribuit
}
report-decision = { $decision ->
    [both] infrastructurii și serviciului
    [infrastructure] doar infrastructurii
    [service] doar serviciului (pe infrastructura altcuiva)
   *[neither] nu e cloud al giganților tech
}
report-chart-gauge = Cota traficului de internet care a trecut prin cloud-ul giganților tech
report-chart-providers = Trafic pe furnizor
report-chart-timeline = Trafic pe oră: cloud-ul giganților tech (închis) și restul internetului (deschis)
report-chart-timeline-days = Trafic pe zi: cloud-ul giganților tech (închis) și restul internetului (deschis)
report-chart-baseline = Cota cloud-ului giganților tech: o zi obișnuită și de data asta
report-health-minutes = Minute cu trafic: { $with } din { $all }.
report-health-gaps = Întreruperi fără captură: { $gaps } ({ RO_PLURAL($minutes) ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}).
report-health-dropped = Pachete pierdute de captură: { $dropped }.
report-health-clock-jumps = Salturi ale ceasului: { $jumps }.
report-health-unattributed = Neatribuit niciunui furnizor: { $size } ({ $share }).
report-health-unnamed = Neidentificat (niciun serviciu recunoscut): { $size }.
report-health-ranges = Listele de adrese ale furnizorilor din { $date } (vechi de { RO_PLURAL($days) ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}).
report-health-ranges-undated = Listele de adrese ale furnizorilor: dată necunoscută.
report-health-gap = Întrerupere de la { $start }, { RO_PLURAL($minutes) ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
report-caveat-daemon = Citit de la serviciul nuage care rulează, care nu raportează întreruperi, pierderi sau salturi ale ceasului: verificați-le cu `nuage report --db`.
report-caveat-gap = Nu s-a capturat nimic timp de { RO_PLURAL($minutes) ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}: totalurile reale sunt mai mari.
report-caveat-dropped = Captura a pierdut câteva pachete: totalurile sunt puțin mai mici decât în realitate.
report-caveat-clock = Ceasul a sărit în timpul capturii: unele minute pot fi puse la ora greșită.
report-caveat-unattributed = { $share } din trafic a mers la adrese pe care nu le atribuie nicio listă: cota giganților tech poate fi mai mare.
report-caveat-old-lists = Listele de adrese ale furnizorilor sunt vechi: rulați `nuage ranges update`.
report-methods-rule = Traficul contează ca trafic prin { -big-tech } când adresa la care a mers aparține infrastructurii unui gigant tech, SAU când serviciul din spatele lui aparține unuia dintre ei (YouTube servit dintr-un cache din rețeaua furnizorului dumneavoastră de internet rămâne Google). Companiile: { $companies }.
report-methods-attribution = Adresele sunt atribuite după listele publicate chiar de furnizori, apoi după un instantaneu inclus al rețelelor lor (ASN). Serviciile sunt recunoscute după răspunsurile DNS, numele de server TLS și QUIC și antetele Host HTTP văzute în rețea; nuage nu păstrează niciodată conținutul traficului.
report-methods-blind = Ce nu se poate vedea: numele cerute prin DNS criptat (DoH, DoT), conexiunile care își ascund numele serverului (ECH) și tot ce trece printr-un VPN sau un proxy, care contează pentru furnizorul VPN-ului. Traficul care n-a trecut niciodată prin această rețea (datele mobile) nu este numărat.
report-methods-privacy = Setarea de confidențialitate în timpul capturii: { $privacy ->
    [full] completă (dispozitive după adresa lor fizică)
    [devices-anonymous] dispozitive sub pseudonim
    [aggregate] doar totaluri, fără dispozitive
   *[mixed] diferită de la un loc la altul
}.
report-merged-note = Combinat din rapoartele proprii { RO_PLURAL($places) ->
    [one] ale unui loc
    [few] a { $places } locuri
   *[other] a { $places } de locuri
}. Niciun detaliu despre dispozitive nu este preluat.
origin-name = { $origin ->
    [official] listele furnizorilor înșiși
    [asn] instantaneu inclus al rețelelor (ASN)
    [mmdb] baza de date ASN (mmdb)
    [user] setările dumneavoastră
   *[none] neatribuit
}
lookup-asn-database = AS{ $asn } după baza de date ASN (mmdb)
lookup-asn-no-provider = nu corespunde niciunei liste de furnizori; rețeaua { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } este în viitor (azi este { $today } în { $zone })
report-error-not-a-date = { $option }: „{ $text }” nu este o dată (se așteaptă AAAA-LL-ZZ, today sau yesterday)
report-error-from-after-to = --from { $from } este după --to { $to }
report-error-too-long = un raport acoperă cel mult { $days } de zile ({ $period } este mai lung)
report-error-no-data = niciun trafic înregistrat pentru { $period } în { $source }: { $hint }
report-error-no-database = nicio bază de date de utilizare la { $db }
report-error-no-source = nicio bază de date de utilizare la { $db } și niciun serviciu nuage la { $socket }: porniți întâi serviciul sau indicați --db CALE
report-period-dates = { $from } – { $to }
report-source-daemon = serviciul nuage care rulează
report-hint-database = baza de date are date de la { $from } până la { $to }
report-hint-database-empty = baza de date nu conține încă trafic
report-hint-daemon = serviciul are date de la { $from } până la { $to }
report-hint-daemon-empty = serviciul nu are încă trafic
report-notice-aggregate = setarea de confidențialitate este `aggregate`: nu se păstrează dispozitive, deci raportul nu are secțiune pe dispozitiv
report-notice-no-baseline = niciuna dintre zilele de referință nu are date; raportul nu conține comparație

## command line (session 4)
cli-dashboard = la afișarea panoului
cli-start-thread = la pornirea unei sarcini în fundal
cli-signals = la pregătirea opririi prin semnal
cli-starting-run = la pornirea nuage run
cli-running = în timpul numărării
cli-loading-services = la încărcarea catalogului de servicii
cli-writing-file = la scrierea { $path }
cli-demo-open = la deschiderea capturii demonstrative { $path }
cli-demo-household = gospodărie demonstrativă
cli-unknown-error = eroare necunoscută
cli-unsaved-rows = { RO_PLURAL($count) ->
    [one] { $count } rând nu a putut fi scris în baza de date
    [few] { $count } rânduri nu au putut fi scrise în baza de date
   *[other] { $count } de rânduri nu au putut fi scrise în baza de date
}: { $error }
cli-flush-secs = --flush-secs { $value }: indicați între { $min } și { $max } secunde
cli-no-day-before = { $option }: nu există nicio zi înainte de { $today }
cli-baseline-syntax = --baseline „{ $spec }”: scrieți `none` sau DE_LA..PÂNĂ_LA (de exemplu 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline „{ $spec }”: { $from } vine după { $to }
cli-baseline-too-long = --baseline „{ $spec }”: cel mult { $days } zile
cli-older-daemon = serviciul nuage care rulează e mai vechi decât acest nuage și răspunde doar zi cu zi: actualizați-l sau indicați --db CALE pentru un raport pe mai multe zile
cli-top-hint = rulează `nuage run`? (`nuage demo` arată panoul fără serviciu)
cli-top-no-snapshot = serviciul de la { $socket } nu a trimis nicio stare: { $error }
cli-top-closed = serviciul de la { $socket } a închis conexiunea

err-config-read = fișierul de configurare { $path } nu poate fi citit: { $error }
err-config-line-key = fișierul de configurare { $path }, rândul { $line }, cheia „{ $key }”: { $problem }
err-config-line = fișierul de configurare { $path }, rândul { $line }: { $problem }
err-config-key = fișierul de configurare { $path }, cheia „{ $key }”: { $problem }
err-config-file = fișierul de configurare { $path }: { $problem }
err-config-unknown-key = nuage nu cunoaște nicio cheie „{ $key }” aici (o greșeală de tastare?); secțiunea aceasta acceptă: { $expected }
err-unknown-lang = nuage nu vorbește „{ $name }”; alegeți dintre { $available }
err-config-flush-secs = { $value } secunde iese din limite: indicați între { $min } și { $max }
err-config-capture-buffer = { $value } MiB iese din limite: indicați între { $min } și { $max }
err-config-zero-days = 0 zile ar șterge toate rândurile deodată: indicați cel puțin 1
err-config-pending-rows = { $value } e prea puțin: indicați cel puțin { $min }
err-config-host-bits = prefixul { $prefix } are biți de gazdă setați (ați vrut să scrieți { $network }?)
err-config-socket-length = calea socketului trebuie să aibă între 1 și { $max } octeți, nu { $len }
err-config-metrics-remote = { $listen } poate fi accesat de pe alte mașini: folosiți 127.0.0.1 (sau ::1) ori adăugați allow-remote = true sub [metrics]

err-capture-open = fișierul de captură { $path } nu poate fi deschis: { $error }
err-capture-too-short = fișierul de captură { $path } nu poate fi deschis: are doar { RO_PLURAL($bytes) ->
    [one] { $bytes } octet
    [few] { $bytes } octeți
   *[other] { $bytes } de octeți
}, prea puțin pentru o captură
err-capture-corrupt-at = fișierul de captură { $path } e trunchiat sau deteriorat la octetul { $offset } (după { RO_PLURAL($packets) ->
    [one] { $packets } pachet
    [few] { $packets } pachete
   *[other] { $packets } de pachete
}): { $error }
err-capture-corrupt = fișierul de captură { $path } e trunchiat sau deteriorat după { RO_PLURAL($packets) ->
    [one] { $packets } pachet
    [few] { $packets } pachete
   *[other] { $packets } de pachete
}: { $error }
err-capture-interface = nu se poate captura pe interfața { $interface }: { $error }
err-capture-filter = filtrul de captură „{ $filter }” de pe { $interface } nu este valid: { $error }
err-capture-read = citirea de pe interfața { $interface } a eșuat: { $error }
err-capture-no-default = nu există nicio rută implicită (în /proc/net/route sau /proc/net/ipv6_route): indicați interfața pe care să se captureze
err-capture-timeout = niciun pachet nu a sosit în timpul de așteptare
err-daemon-capture-permission = { $error }: captura are nevoie de root sau de capabilitatea CAP_NET_RAW (vedeți README: rularea ca serviciu)

err-store-locked = { $path }: baza de date e blocată de alt program (mai rulează un nuage?)
err-store-corrupt = { $path } nu este o bază de date SQLite lizibilă (deteriorată sau alt tip de fișier); a rămas neatinsă: mutați-o deoparte ca să începeți una nouă
err-store-not-nuage = { $path } este baza de date SQLite a altei aplicații ({ RO_PLURAL($tables) ->
    [one] { $tables } tabel
    [few] { $tables } tabele
   *[other] { $tables } de tabele
}); a rămas neatinsă: dați-i lui nuage o cale proprie
err-store-too-new = { $path }: versiunea de schemă { $found } e mai nouă decât înțelege acest nuage ({ $supported }); a rămas neatinsă: actualizați nuage
err-store-too-old = { $path }: versiunea de schemă { $found } e mai veche decât { $supported }, iar deschisă doar pentru citire nu poate fi actualizată: porniți o dată `nuage run` ca să o actualizeze
err-store-read-only = { $path }: în baza de date nu se poate scrie (fișier, dosar sau sistem de fișiere doar pentru citire)
err-store-disk-full = { $path }: discul e plin
err-store-cannot-open = { $path }: fișierul bazei de date nu poate fi deschis sau creat (există dosarul și poate nuage să scrie în el?)
err-store-invalid-data = { $path }: o valoare salvată pe care acest nuage nu o poate citi ({ $error })
err-store-sqlite = { $path }: eroare a bazei de date ({ $error })
err-store-time-zone = fus orar necunoscut „{ $name }” (scrieți un nume IANA, de exemplu Europe/Bucharest): { $error }
err-db-missing = nicio bază de date la { $path } (`nuage run` creează nuage.db în dosarul lui de date)
err-db-open = baza de date { $path } nu poate fi citită: { $error }
err-db-shm = { $shm } aparține unui `nuage run` care rulează, iar acest utilizator nu poate scrie în el, lucru necesar pentru citirea alături de serviciu: rulați comanda ca utilizatorul serviciului (`sudo -u nuage`) sau folosiți `nuage top` fără --db, prin socketul serviciului

err-client-not-running = niciun serviciu nuage la { $path } ({ $error })
err-client-io = socketul de control: { $error }
err-client-refused = serviciul a refuzat cererea „{ $request }”: { $error }
err-client-protocol = răspunsul serviciului nu are sens pentru acest nuage: { $error }
err-client-closed = serviciul a închis conexiunea

err-merge-read = { $path } nu poate fi citit: { $error }
err-merge-parse = { $path } nu este un raport nuage (JSON): { $error }
err-merge-no-version = { $path } nu are schema_version: a fost scris de `nuage report --format json`?
err-merge-version = { $path } are versiunea de schemă de raport { $found }, iar acest nuage citește versiunea { $expected }: generați-l din nou cu aceeași versiune de nuage
err-merge-collective = { $path } este deja un raport colectiv: combinați mai degrabă rapoartele proprii ale fiecărui loc
err-merge-empty = nimic de combinat: indicați cel puțin un raport
err-render-json = la scrierea raportului în JSON: { $error }

err-ranges-unknown-source = nu există sursa „{ $id }” (cunoscute: { $known })
err-ranges-busy = rulează deja alt `nuage ranges update` (ține { $path })
err-ranges-decompress = { $file }: nu poate fi despachetat: { $error }
err-ranges-shrank = { $file } conține { $new } prefixe, iar fișierul actual { $old }: ar dispărea mai mult de jumătate, așa că a fost refuzat (--force îl acceptă)
err-ranges-catalogue = { $file }: { $what } „{ $value }” necunoscut în catalog
err-download-refused = { $url }: refuzat ({ $error })
err-download-status = { $url }: serverul a răspuns HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: pagina nu are niciun link către un fișier ServiceTags_Public_<dată>.json
err-download-gzip = gzip nevalid: { $error }
err-zip = arhivă zip ilizibilă: { $error }
err-parse-syntax = { $format } nevalid: { $error }
err-parse-entry = intrarea { $entry }: { $error }
err-parse-empty = fișierul nu conține nicio plajă
err-override = intrarea dumneavoastră provider-ranges pentru { $prefix }: { $error }
err-asn-read = baza de date ASN { $path } nu poate fi citită: { $error }
err-asn-invalid = baza de date ASN { $path } nu este o bază MaxMind validă: { $error }

err-cannot-read = { $path } nu poate fi citit: { $error }
err-cannot-write = { $path } nu poate fi scris: { $error }
err-cannot-create = { $path } nu poate fi creat: { $error }
err-cannot-lock = { $path } nu poate fi blocat: { $error }
err-not-a-folder = { $path } nu este un dosar

err-daemon-no-such-user = [daemon] user = „{ $name }”: utilizatorul acesta nu există în /etc/passwd
err-daemon-ranges = la încărcarea plajelor de adrese ale furnizorilor: { $error }
err-daemon-secret = secretul pseudonimelor { $path }: { $error }
err-daemon-privileges = la renunțarea la privilegii: { $error }
err-metrics-not-loopback = adresa metricilor { $addr } poate fi accesată de pe alte mașini; setați allow-remote = true sub [metrics] ca să le serviți
err-metrics-bind = metricile nu pot fi servite pe { $addr }: { $error }
err-demo-empty = captura demonstrativă { $path } nu conține niciun pachet

dash-store-locked = bază blocată
dash-store-disk-full = disc plin
dash-store-read-only = bază doar pentru citire
dash-store-cannot-open = bază inaccesibilă
dash-store-unusable = bază inutilizabilă
dash-store-failed = eroare a bazei
dash-store-folded = (numără în memorie; { RO_PLURAL($count) ->
    [one] { $count } rând comasat
    [few] { $count } rânduri comasate
   *[other] { $count } de rânduri comasate
} pe ore, totalurile păstrate)
dash-offload = accelerarea hardware ascunde { $hidden } din trafic

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Utilizare:
cli-more-help = Pentru mai multe informații, încercați „{ $help }”.
cli-arg-unknown = argument neașteptat „{ $arg }”
cli-command-unknown = comandă necunoscută „{ $name }”
cli-arg-missing-value = „{ $arg }” are nevoie de o valoare, dar nu s-a dat niciuna
cli-arg-invalid-value = valoare nevalidă „{ $value }” pentru „{ $arg }”
cli-possible-values = valori posibile: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = „{ $value }” nu este un număr întreg în limitele admise
cli-value-demo-speed = „{ $value }” nu este o viteză între 0 și 100000 (de exemplu 60)
cli-value-time-of-day = „{ $value }” nu este o oră din zi precum 07:30
cli-value-run-speed = „{ $value }” nu este o viteză: indicați un factor peste 0 (1 = timp real, 60 = un minut pe secundă) sau max
cli-value-format = format necunoscut „{ $value }” (scrieți text, md, json, csv sau html)
cli-value-network = „{ $value }” nu este un prefix de rețea precum 192.0.2.0/24 sau 2001:db8::/32
cli-arg-required = lipsesc aceste argumente obligatorii:
cli-command-missing = „{ $name }” are nevoie de o comandă, dar nu s-a dat niciuna
cli-possible-commands = comenzi: { $commands }
cli-arg-repeated = „{ $arg }” nu poate fi dat de mai multe ori
cli-arg-conflict = „{ $arg }” nu poate fi folosit împreună cu „{ $other }”
cli-arg-conflict-many = „{ $arg }” nu poate fi folosit împreună cu:
cli-arg-too-many = valoare neașteptată „{ $value }” pentru „{ $arg }”: nu se mai așteptau altele
cli-invalid-utf8 = un argument nu este text UTF-8 valid
cli-tip-similar-command = sfat: { $count ->
    [one] există o comandă asemănătoare: { $names }
   *[other] există comenzi asemănătoare: { $names }
}
cli-tip-similar-arg = sfat: { $count ->
    [one] există o opțiune asemănătoare: { $names }
   *[other] există opțiuni asemănătoare: { $names }
}
cli-tip-similar-value = sfat: { $count ->
    [one] există o valoare asemănătoare: { $names }
   *[other] există valori asemănătoare: { $names }
}
cli-tip-as-value = sfat: ca să dați „{ $arg }” ca valoare, scrieți „{ $fix }”
cli-tip-exists = sfat: există „{ $usage }” (opțiunea se pune după comanda ei)
cli-tip-remove-dashes = sfat: comanda „{ $name }” există; ca s-o folosiți, ștergeți „--” din fața ei

err-io = { $kind ->
    [not-found] fișierul sau dosarul nu există
    [permission-denied] permisiune refuzată
    [is-a-folder] este un dosar, nu un fișier
    [not-a-folder] o parte din cale nu este un dosar
    [read-only] sistemul de fișiere este doar pentru citire
    [disk-full] nu mai e spațiu pe disc
    [exists] există deja
    [refused] conexiune refuzată
    [timed-out] timpul de așteptare a expirat
    [address-in-use] adresa este deja folosită
    [address-unavailable] mașina aceasta nu are o asemenea adresă
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: sistemul nu a putut citi sau scrie fișierul bazei de date (un card SD sau un disc defect, ori un stick USB scos?)
dash-store-io = eroare de disc
replay-undecodable-reason = { $reason ->
    [truncated] cadru prea scurt pentru antetul { $header }
    [link-type] tipul de legătură { $link } nu este suportat
    [not-ip] nu este un pachet IP (protocol de legătură { $protocol })
   *[malformed] antet { $header } invalid
}
ranges-date-from = { $date } ({ $from ->
    [published] publicată
    [updated] actualizată
   *[file-time] data fișierului
})
err-daemon-reply = { $code ->
    [busy] prea multe programe sunt conectate la el; încercați din nou peste puțin timp
    [unavailable] nu poate răspunde acum (nu își poate citi baza de date; vedeți jurnalul lui)
    [not-found] nu are nimic înregistrat pentru ce s-a cerut
   *[protocol] acest nuage și serviciul nu se înțeleg (unul dintre ele e mai vechi?): { $message }
}

## --help (session 5)

help-about-nuage = Cât ne-am sprijinit azi pe { -big-tech }?
help-body-nuage =
    nuage urmărește traficul unei locuințe sau al unui centru comunitar și atribuie fiecare flux furnizorului de Cloud care îl servește.
help-arg-nuage-data-dir = Unde își ține nuage datele [default: /var/lib/nuage pentru root, altfel ~/.local/share/nuage]
help-arg-nuage-config = Fișierul de configurare [default: /etc/nuage/nuage.toml dacă există]
help-arg-nuage-socket = Socketul de control al serviciului care rulează [default: /run/nuage/nuage.sock pentru root, altfel $XDG_RUNTIME_DIR/nuage/nuage.sock; sau `[control] socket` din configurare]
help-arg-nuage-verbose = Spune mai multe despre ce se întâmplă (repetați pentru mai mult)
help-arg-nuage-json = Scrie datele ca JSON (un obiect, sau câte unul pe linie pentru liste)
help-arg-nuage-lang = Limba mesajelor: en, es, ca, fr, de, pt, el, ro, it [default: `lang` din configurare, apoi LC_ALL / LC_MESSAGES / LANG, apoi en]
help-about-lookup = Ce furnizor servește o adresă, și de ce
help-arg-lookup-addresses = Adrese de căutat (IPv4, IPv6, IPv4 mapat sau NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Citește adrese și de la intrarea standard, câte una pe linie
help-about-ranges = Listele de intervale ale furnizorilor: de unde vin, cât de proaspete sunt, actualizarea lor
help-about-ranges-sources = Listează sursele oficiale: id, URL și numele de fișier pe care îl așteaptă `update --from`
help-about-ranges-status = Pe sursă: dată, vechime, număr de prefixe și dacă e învechită
help-about-ranges-update = Descarcă fiecare sursă oficială (sau le importă dintr-un dosar) și le pune în uz
help-body-ranges-update =
    Fiecare fișier e verificat în întregime înainte să-l înlocuiască pe cel în uz; o sursă care
    eșuează își păstrează fișierul anterior. Descărcările se fac doar prin HTTPS. Cu
    `[ranges] mirror = "URL"` în configurare, fiecare fișier vine de la URL/<file> (nume așa
    cum le listează `nuage ranges sources`). Simplul http:// e acceptat doar pentru această
    mașină (127.0.0.0/8, ::1, localhost), pe care o folosesc testele.
help-arg-ranges-update-from = Importă fișierele din acest dosar (de ex. un stick USB) în loc să le descarce
help-arg-ranges-update-force = Acceptă o listă care s-a micșorat cu mai mult de jumătate
help-arg-ranges-update-sources = Doar aceste surse (id-uri din `nuage ranges sources`)
help-about-replay = Numără traficul din fișiere de captură, cât de repede pot fi citite
help-arg-replay-files = Fișiere de captură (pcap sau pcapng), citite în ordinea dată
help-arg-replay-flows = Scrie fiecare flux în loc de rezumat, câte un obiect JSON pe linie
help-arg-replay-lan = Un prefix care face parte din rețeaua locală, pe lângă intervalele private (se poate repeta)
help-about-run = Rulează ca serviciu: capturează, numără și păstrează cifrele în baza de date
help-body-run =
    Setările vin din fișierul de configurare ([daemon] și [store], vezi nuage.example.toml);
    opțiunile date aici au prioritate. SIGTERM/SIGINT scriu ce s-a numărat și ies; SIGHUP
    reîncarcă intervalele furnizorilor, confidențialitatea și locul.
help-arg-run-interfaces = Interfața pe care se capturează (se poate repeta) [default: [daemon] interfaces, altfel cea a rutei implicite]
help-arg-run-pcap = Trece acest fișier de captură pe același drum în loc să captureze
help-arg-run-speed = Cu --pcap: de N ori timpul real (60 = un minut pe secundă), sau `max`
help-arg-run-looped = Cu --pcap: o ia de la capăt când fișierul se termină, fiecare trecere în ziua (zilele) următoare
help-arg-run-flush-secs = Secunde între scrierile în baza de date [default: [daemon] flush-secs, 60]
help-arg-run-tz = Fusul orar IANA în care se numără zilele [default: [daemon] tz, altfel cel al sistemului]
help-arg-run-tui = Arată panoul în direct în acest terminal în timpul capturii (ieșire cu q; captura se oprește și ce s-a numărat se scrie)
help-arg-run-user = Utilizatorul fără privilegii în care se trece după deschiderea capturilor [default: [daemon] user, altfel `nuage` dacă există]
help-arg-run-lan = Un prefix care face parte din rețeaua locală, pe lângă intervalele private (se poate repeta)
help-about-demo = Un panou viu cu ziua locuinței demonstrative, redată rapid (fără root, fără serviciu)
help-body-demo =
    Redă demo/household.pcap (o locuință inventată pe 8 martie) prin prelucrarea reală,
    de 60 de ori mai repede decât timpul real, în buclă, cu o zi mai târziu la fiecare tură.
help-arg-demo-speed = De câte ori mai repede decât timpul real trece ziua
help-arg-demo-from = Ora la care începe redarea (HH:MM); pachetele anterioare sunt numărate dintr-odată
help-arg-demo-file = Redă această captură în locul locuinței demonstrative
help-about-top = Panoul în direct al serviciului care rulează (prin socketul lui de control), sau al unei baze de date
help-arg-top-db = Citește direct această bază de date, fără serviciu (nu în direct: fără debite, fără fluxuri)
help-about-report = Rezumatul unei zile, de împărtășit: text, Markdown, JSON, CSV sau o pagină HTML
help-arg-report-day = Ziua locală: AAAA-LL-ZZ, today sau yesterday [default: today]
help-arg-report-from = Prima zi a unei perioade (cu --to)
help-arg-report-to = Ultima zi a unei perioade, inclusă (cu --from)
help-arg-report-baseline = Ziua obișnuită cu care se compară: `none`, sau FROM..TO (de ex. 2027-03-01..2027-03-07) [default: aceeași zi a săptămânii din cele patru săptămâni anterioare cu date]
help-arg-report-format = text, md, json, csv sau html (--json înseamnă json)
help-arg-report-per-device = Adaugă o secțiune pe dispozitiv, când setarea de confidențialitate păstrează dispozitivele
help-arg-report-out = Scrie raportul în FILE în loc de ieșirea standard
help-arg-report-db = Baza de date de consum [default: nuage.db în dosarul de date]
help-arg-report-time-zone = Fusul orar IANA al zilelor (Europe/Brussels) [default: cel al sistemului]
help-about-report-merge = Unește rapoartele JSON ale mai multor locuri într-un raport colectiv (fără detalii pe dispozitiv)
help-arg-report-merge-files = Rapoarte JSON scrise de `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv sau html (--json înseamnă json)
help-arg-report-merge-out = Scrie raportul în FILE în loc de ieșirea standard
help-heading-commands = Comenzi
help-heading-arguments = Argumente
help-heading-options = Opțiuni
help-heading-examples = Exemple
help-heading-example = Exemplu
help-flag-help = Arată ajutorul
help-flag-help-more = Arată ajutorul (mai mult cu '--help')
help-flag-help-summary = Arată ajutorul (un rezumat cu '-h')
help-flag-version = Arată versiunea
help-command-help = Arată acest mesaj sau ajutorul comenzilor date
