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
no-baseline-yet = încă nu există { $weekday ->
    [monday] zile de luni anterioare
    [tuesday] zile de marți anterioare
    [wednesday] zile de miercuri anterioare
    [thursday] zile de joi anterioare
    [friday] zile de vineri anterioare
    [saturday] sâmbete anterioare
   *[sunday] duminici anterioare
} pentru comparație
time-range = { $from } – { $to }
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
local-network = rețea locală

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

headline = cota traficului care s-a sprijinit azi pe { -big-tech }
headline-sentence = azi, { $share } din traficul nostru s-a sprijinit pe { -big-tech }
headline-place = { $place }: cota traficului care s-a sprijinit azi pe { -big-tech }
status-live = în direct
status-paused = în pauză
status-updated = actualizat la { $time }
status-no-traffic = încă niciun trafic azi
view-providers = Furnizori
view-services = Servicii
view-devices = Dispozitive
view-timeline = Evoluție
view-flows = Fluxuri
col-provider = Furnizor
col-service = Serviciu
col-device = Dispozitiv
col-share = Cotă
col-traffic = Trafic
col-up = Trimis
col-down = Primit
col-flows = Fluxuri
col-group = Grup
col-time = Ora
devices-hidden = Dispozitivele nu sunt afișate (setarea de confidențialitate „{ $privacy }”).
timeline-minutes-ago = { RO_PLURAL($minutes) ->
    [one] acum { $minutes } minut
    [few] acum { $minutes } minute
   *[other] acum { $minutes } de minute
}
timeline-hour = ora { $hour }
help-title = Taste
key-quit = ieșire
key-pause = pauză / reluare
key-next-view = vizualizarea următoare
key-previous-view = vizualizarea anterioară
key-up-down = sus / jos
key-sort = schimbă ordinea
key-previous-day = ziua anterioară
key-next-day = ziua următoare
key-today = înapoi la azi
key-help = arată / ascunde acest ajutor

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
unit-providers = { RO_PLURAL($count) ->
    [one] { $count } furnizor
    [few] { $count } furnizori
   *[other] { $count } de furnizori
}
unit-minutes = { RO_PLURAL($count) ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
unit-hours = { RO_PLURAL($count) ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
unit-days = { RO_PLURAL($count) ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = Ce nu pot spune aceste cifre
report-summary = { $share } din traficul de internet din { $place } s-a sprijinit pe { -big-tech } ({ $big_tech } din { $total }).
report-method = nuage observă traficul dintre această rețea și internet, niciodată conținutul lui. Fiecare conexiune este numărată o singură dată, în octeți în ambele sensuri, și atribuită companiei care operează serverul, pe baza listelor de adrese publicate chiar de furnizori și a registrului care arată cui aparține fiecare rețea. Serviciul este recunoscut după partea publică a fiecărei conexiuni (numele cerut de la DNS sau anunțat la deschiderea unei conexiuni securizate). Traficul din interiorul rețelei locale este numărat separat și nu intră în cotă.
report-caveat-cdn = Rețelele de distribuție de conținut servesc multe companii: traficul lor este atribuit rețelei, nu site-ului vizitat.
report-caveat-encrypted-dns = Dispozitivele care își criptează interogările de nume (DNS criptat) fac serviciile mai greu de recunoscut; traficul lor este în continuare numărat pe furnizori.
report-caveat-lists = Listele furnizorilor se schimbă: o adresă trecută la altă companie după ultima actualizare poate fi atribuită greșit.
report-caveat-vpn = Traficul printr-un VPN este atribuit furnizorului VPN-ului, orice ar circula prin el.
report-caveat-bytes = Octeții nu sunt energie și nici emisii: aici un octet de video cântărește cât un octet dintr-un mesaj.
report-generated = Generat de nuage { $version } pe { $date }, la { $time }.

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
