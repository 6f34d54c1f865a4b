# nuage — català.

-big-tech = núvol de les Big Tech

## Language choice

lang-unknown = idioma desconegut «{ $name }»; nuage continua en anglès. Disponibles: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] dilluns
    [tuesday] dimarts
    [wednesday] dimecres
    [thursday] dijous
    [friday] divendres
    [saturday] dissabte
   *[sunday] diumenge
}
# With the preposition: “de novembre”, “d’abril”.
month-name = { $month ->
    [1] de gener
    [2] de febrer
    [3] de març
    [4] d’abril
    [5] de maig
    [6] de juny
    [7] de juliol
    [8] d’agost
    [9] de setembre
    [10] d’octubre
    [11] de novembre
   *[12] de desembre
}
weekday-short = { $weekday ->
    [monday] dl.
    [tuesday] dt.
    [wednesday] dc.
    [thursday] dj.
    [friday] dv.
    [saturday] ds.
   *[sunday] dg.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] gener
    [2] febrer
    [3] març
    [4] abril
    [5] maig
    [6] juny
    [7] juliol
    [8] agost
    [9] setembre
    [10] octubre
    [11] novembre
   *[12] desembre
} de { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } { month-name } de { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] respecte a un dilluns habitual
    [tuesday] respecte a un dimarts habitual
    [wednesday] respecte a un dimecres habitual
    [thursday] respecte a un dijous habitual
    [friday] respecte a un divendres habitual
    [saturday] respecte a un dissabte habitual
   *[sunday] respecte a un diumenge habitual
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } d

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] altres núvols i allotjament
    [cdn] xarxes de distribució de continguts
    [streaming] xarxes de streaming
   *[other] altres
}
no-provider-list = en cap llista de proveïdors
unknown-device = dispositiu desconegut

## Command line: errors a user sees

error-loading-ranges = en carregar els rangs dels proveïdors
error-bundled-catalogue = en llegir el catàleg inclòs
error-reading-stdin = en llegir l’entrada estàndard
error-writing-report = en escriure l’informe
error-writing-flows = en escriure els fluxos

## nuage lookup

lookup-need-addresses = indica una o més adreces, o --stdin
lookup-bad-address = { $text } no és una adreça IPv4 ni IPv6
lookup-no-match = no coincideix amb cap llista de proveïdors
lookup-matched = { $prefix } segons { $source } ({ $origin })

## nuage replay

replay-captured = Capturat de { $from } a { $to }: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } trames
}, { $size }
replay-internet = Internet: { $up } de pujada, { $down } de baixada, { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}
replay-lan = Xarxa local: { $size } ({ $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}, { $non_ip ->
    [one] { $non_ip } trama no IP
   *[other] { $non_ip } trames no IP
})
replay-big-tech-share = Percentatge del trànsit d’Internet al { -big-tech }: { $share }
replay-by-group = Per grup:
replay-by-provider = Per proveïdor:
replay-decided-by = decidit per la infraestructura i el servei: { $both }, només per la infraestructura: { $infrastructure }, només pel servei: { $service }
replay-encrypted-dns = DNS xifrat (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}
replay-by-service = Per servei (propietari · infraestructura):
replay-by-domain = Noms sense regla de servei (domini registrable):
replay-by-network = Altres xarxes (base de dades ASN):
replay-and-more = … i { $count } més
replay-provider-origin = Proveïdor determinat per:
replay-by-device = Per dispositiu:
replay-undecodable = Sense descodificar: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } trames
}, { $size }
replay-flow-table = Taula de fluxos: { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}, { $evicted } descartats en arribar al límit de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = PROVEÏDOR
ranges-col-format = FORMAT
ranges-col-every = CADA
ranges-col-save-as = DESA COM A
ranges-col-url = URL
ranges-all-providers = (tots)
ranges-offline-howto = Per actualitzar una màquina sense Internet: baixa cada URL des d’un altre equip, desa els fitxers en una carpeta amb els noms de DESA COM A i executa `nuage ranges update --from CARPETA`.
ranges-note-discover = { $id }: l’URL és una pàgina; baixa el fitxer que enllaça i desa’l com a { $file }
ranges-note-placeholders = { $id }: substitueix {"{"}YYYY{"}"} i {"{"}MM{"}"} per l’any i el mes actuals
ranges-note-gzip = { $id }: la baixada està comprimida amb gzip; desa-la com a { $file }, comprimida o no
ranges-note-zip = { $id }: la baixada és un zip; desa-la com a { $file } tal com és, o amb els fitxers units
ranges-note-licence = { $id }: llicència: { $licence }

## nuage ranges status

ranges-col-source = FONT
ranges-col-file = FITXER
ranges-col-date = DATA
ranges-col-age = ANTIGUITAT
ranges-col-state = ESTAT
ranges-state-not-imported = no importada
ranges-state-unreadable = ILLEGIBLE: { $error }
ranges-state-stale = CADUCADA
ranges-state-ok = correcta
ranges-bundled = Instantània inclosa: { $date }; prefixos derivats d’ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicats: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (fa { $days } d)
ranges-undated = sense data
ranges-stale-hint = Les llistes CADUCADES tenen més del doble del seu període de publicació: executa `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefix
   *[other] { $count } prefixos
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: sense canvis al servidor
ranges-unchanged = { $id }: sense canvis, { $prefixes }
ranges-not-in-dir = { $id }: { $file } no és a { $dir }, s’omet
ranges-failed-kept = { $id }: ERROR: { $error }; es continua fent servir el fitxer anterior
ranges-failed-bundled = { $id }: ERROR: { $error }; encara no s’ha importat res, es continua fent servir la instantània inclosa
ranges-from-empty = { $dir } no conté cap dels fitxers esperats (consulta’n els noms amb `nuage ranges sources`)

## Dashboard

view-services = Serveis
view-devices = Dispositius
view-flows = Fluxos
col-provider = Proveïdor
col-service = Servei
col-device = Dispositiu
col-share = Percentatge
col-traffic = Trànsit
devices-hidden = No es mostren els dispositius (privadesa: «{ $privacy }»).
help-title = Tecles
key-quit = surt
key-today = torna a avui

## Units

unit-flows = { $count ->
    [one] { $count } flux
   *[other] { $count } fluxos
}
unit-devices = { $count ->
    [one] { $count } dispositiu
   *[other] { $count } dispositius
}
unit-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dies
}

## Reports

report-title = Quant hem depès del { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = De { $from } a { $to }
report-section-summary = Resum
report-section-providers = Proveïdors
report-section-services = Serveis
report-section-devices = Dispositius
report-section-timeline = Al llarg del dia
report-section-baseline = Comparat amb un dia habitual
report-section-method = Com compta nuage
report-caveat-cdn = Les xarxes de distribució de continguts serveixen moltes empreses: el seu trànsit s’atribueix a la xarxa, no al lloc que s’ha visitat.
report-caveat-bytes = Els bytes no són energia ni emissions: aquí un byte de vídeo pesa el mateix que un byte d’un missatge.

## dashboard (session 3)
dash-no-place = aquest lloc
dash-live = en directe
dash-paused = en pausa
dash-not-live = en diferit
dash-history = historial
dash-from-database = llegint { $path }
dash-tab-overview = Resum
dash-help-hint = ? ajuda
dash-headline-title = Pes del { -big-tech }
dash-headline-no-data = Encara no s’ha comptat trànsit d’Internet aquest dia.
dash-no-baseline = encara no hi ha cap dia habitual per comparar
dash-share-of = { $big_tech } de { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } respecte a un dia habitual ({ $usual })
dash-providers-title = Qui ha portat el trànsit
dash-timeline-title = Al llarg del dia ({ $bucket }, màxim { $peak })
dash-per-minutes = cada { $minutes } min
dash-per-hours = { $hours ->
    [one] per hora
   *[other] cada { $hours } h
}
dash-flows-title = Fluxos actuals
dash-cat-other-clouds = Altres núvols/CDN
dash-cat-other-networks = Altres xarxes
dash-cat-lan = Dins (xarxa local)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = resta
dash-legend-now = ara
dash-col-service-carrier = Servei · infraestructura
dash-col-named-by = Identificat per
dash-col-lan = Xarxa local
dash-col-remote = Destí
dash-col-rate = Ara ↓/↑
dash-col-rate-now = ara
dash-unnamed-service = Sense nom
dash-unknown-network = xarxa desconeguda
dash-source-address = adreça
dash-flows-hidden = No hi ha fluxos actuals per mostrar (o la configuració de privadesa els amaga).
dash-flows-not-live = Els fluxos només es mostren en directe, per a avui.
dash-empty-list = Encara no s’ha comptat res.
dash-no-day-data = No hi ha dades desades d’aquest dia.
dash-sort-traffic = trànsit
dash-sort-big-tech = Big Tech primer
dash-sort-name = nom
dash-sort-rate = velocitat actual
dash-sorted-by = ordre: { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unitats: { $units }
dash-capture-ok = captura correcta
dash-interface-down = caiguda
dash-no-capture = sense captura
dash-dropped = { $count ->
    [one] { $count } perdut
   *[other] { $count } perduts
}
dash-not-saving = no es desa: { $error }
dash-ranges-version = rangs { $version }
dash-footer-hints = Tab vista  ←/→ dia  s ordre  u unitats  p pausa  ? ajuda  q surt
dash-help-close = Prem qualsevol tecla per tancar.
dash-help-views = vista següent / anterior
dash-help-move = moure’s per una llista
dash-help-page = avançar una pàgina
dash-help-sort = canviar l’ordre
dash-help-pause = pausar / reprendre l’actualització
dash-help-days = dia anterior / següent
dash-help-units = unitats: bytes o bits, kB o KiB
dash-help-help = aquesta ajuda
dash-help-mouse-key = ratolí
dash-help-mouse = desplaçar llistes, clic al nom d’una vista
dash-too-small =
    El terminal és massa petit
    per al tauler (com a mínim { $width }×{ $height }).
dash-needs-terminal = { $command } dibuixa un tauler i necessita un terminal (la sortida estàndard no ho és)

## report (session 3)
# Informe (nuage report) en els formats llegibles, i els ids que mostren nuage replay i
# nuage lookup. Els recomptes arriben com a nombres (plurals); mides, percentatges, dates i
# hores arriben ja formatats, com a text.

report-title-collective = Quant hem depès del { -big-tech }? Tots els llocs junts
report-section-groups = Tipus de proveïdor
report-section-networks = Altres xarxes
report-section-days = Dia a dia
report-section-health = Fins a quin punt són completes aquestes xifres
report-section-places = Llocs
report-headline = El { $share } del nostre trànsit d’Internet ({ $total } en total) ha anat cap al { -big-tech } o n’ha vingut.
report-headline-collective = Entre { $places ->
    [one] un lloc
   *[other] { $places } llocs
}, el { $share } del trànsit d’Internet ha anat cap al { -big-tech } o n’ha vingut (entre el { $min } i el { $max } segons el lloc).
report-baseline-sentence = { $direction ->
    [less] Són { $points } punts percentuals menys que en un dia habitual ({ $usual } de mitjana en { $days ->
        [one] un dia
       *[other] { $days } dies
    }).
   *[more] Són { $points } punts percentuals més que en un dia habitual ({ $usual } de mitjana en { $days ->
        [one] un dia
       *[other] { $days } dies
    }).
}
report-baseline-method = { $method ->
    [same-weekday] el mateix dia de la setmana de les setmanes anteriors
    [previous-weeks] les quatre setmanes anteriors
    [range] els dies indicats
   *[places] el dia habitual de cada lloc
}
report-baseline-days = Dia habitual: { $how }.
report-baseline-days-list = Dia habitual: { $how } ({ $days }).
report-no-data = No s’ha registrat cap trànsit.
report-more = … i { $count } més
report-points = { $points } p. p.
report-row-internet = Trànsit d’Internet
report-row-share = Percentatge del núvol de les Big Tech
report-row-internet-value = { $total } ({ $up } de pujada, { $down } de baixada)
report-row-lan = Dins del lloc (xarxa local)
report-row-by-bytes = Núvol de les Big Tech, en bytes
report-row-by-flows = en connexions
report-row-by-flows-value = { $share } ({ $big_tech } de { $flows ->
    [one] { $flows } connexió
   *[other] { $flows } connexions
})
report-row-by-minutes = en minuts amb activitat
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuts
})
report-row-by-infrastructure = per la infraestructura
report-row-by-service-only = només per qui és propietari del servei
report-col-provider = Proveïdor
report-col-group = Tipus
report-col-traffic = Trànsit
report-col-share = Percentatge
report-col-service = Servei
report-col-owner = Propietari
report-col-carried-by = Servit per
report-col-hour = Hora
report-col-day = Dia
report-col-big-tech = Núvol de les Big Tech
report-col-other = Resta d’Internet
report-col-lan = Xarxa local
report-col-device = Dispositiu
report-col-usual = Dia habitual
report-col-now = Aquesta vegada
report-col-change = Canvi
report-col-place = Lloc
report-col-network = Xarxa
report-col-layer = Atribuït segons
report-col-decision = Compta com a núvol de les Big Tech per
report-big-tech-mark = Big Tech
report-unknown = desconegut
report-not-recorded = no registrat
report-other-networks = Altres xarxes
report-unnamed = Sense identificar
report-group = { $group ->
    [big-tech] Núvol de les Big Tech
    [cloud] Altres núvols i allotjament
    [cdn] Xarxes de distribució de continguts
    [streaming] Xarxes de streaming
    [none] Xarxes que cap llista coneix
   *[other] Indicats a la teva configuració
}
report-layer = { $layer ->
    [official] Llistes d’adreces dels mateixos proveïdors
    [asn] Instantània inclosa de les seves xarxes (ASN)
    [mmdb] Base de dades de xarxes (ASN)
    [user] La teva configuració
   *[unattributed] Sense atribuir
}
report-decision = { $decision ->
    [both] la seva infraestructura i el seu servei
    [infrastructure] només la seva infraestructura
    [service] només el seu servei (infraestructura d’altri)
   *[neither] no és núvol de les Big Tech
}
report-chart-gauge = Percentatge del trànsit d’Internet al núvol de les Big Tech
report-chart-providers = Trànsit per proveïdor
report-chart-timeline = Trànsit per hora: núvol de les Big Tech (fosc) i resta d’Internet (clar)
report-chart-timeline-days = Trànsit per dia: núvol de les Big Tech (fosc) i resta d’Internet (clar)
report-chart-baseline = Percentatge del núvol de les Big Tech: un dia habitual i aquesta vegada
report-health-minutes = Minuts amb trànsit: { $with } de { $all }.
report-health-gaps = Talls sense captura: { $gaps } ({ $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuts
}).
report-health-dropped = Paquets perduts per la captura: { $dropped }.
report-health-clock-jumps = Salts del rellotge: { $jumps }.
report-health-unattributed = Sense atribuir a cap proveïdor: { $size } ({ $share }).
report-health-unnamed = Sense identificar (cap servei reconegut): { $size }.
report-health-ranges = Llistes d’adreces dels proveïdors del { $date } (amb { $days ->
    [one] { $days } dia
   *[other] { $days } dies
} d’antiguitat).
report-health-ranges-undated = Llistes d’adreces dels proveïdors: data desconeguda.
report-health-gap = Tall des del { $start }, { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuts
}.
report-caveat-daemon = Llegit del servei nuage en marxa, que no informa de talls, pèrdues ni salts del rellotge: comprova’ls amb `nuage report --db`.
report-caveat-gap = No s’ha capturat res durant { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuts
}: els totals reals són més alts.
report-caveat-dropped = La captura ha perdut alguns paquets: els totals es queden una mica curts.
report-caveat-clock = El rellotge ha saltat durant la captura: alguns minuts poden ser a l’hora equivocada.
report-caveat-unattributed = El { $share } del trànsit ha anat a adreces que cap llista atribueix: el percentatge de les Big Tech pot ser més alt.
report-caveat-old-lists = Les llistes d’adreces dels proveïdors són antigues: executa `nuage ranges update`.
report-methods-rule = El trànsit compta com a { -big-tech } quan l’adreça on ha anat pertany a la infraestructura d’una gran tecnològica, O quan el servei que hi ha al darrere és seu (YouTube servit des d’una memòria cau dins del teu proveïdor d’Internet continua sent Google). Les empreses: { $companies }.
report-methods-attribution = Les adreces s’atribueixen amb les llistes que publiquen els mateixos proveïdors i, després, amb una instantània inclosa de les seves xarxes (ASN). Els serveis s’identifiquen per les respostes DNS, els noms de servidor TLS i QUIC i les capçaleres Host d’HTTP que passen per la xarxa; nuage mai no desa el contingut de cap trànsit.
report-methods-blind = El que no es pot veure: els noms consultats amb DNS xifrat (DoH, DoT), les connexions que amaguen el nom del servidor (ECH) i tot el que va dins d’una VPN o un servidor intermediari, que compta per al proveïdor de la VPN. El trànsit que mai no ha passat per aquesta xarxa (dades mòbils) no es compta.
report-methods-privacy = Privadesa durant la captura: { $privacy ->
    [full] completa (dispositius per la seva adreça física)
    [devices-anonymous] dispositius amb pseudònim
    [aggregate] només totals, sense dispositius
   *[mixed] diferent a cada lloc
}.
report-merged-note = Combinat a partir dels informes propis de { $places ->
    [one] un lloc
   *[other] { $places } llocs
}. No es trasllada cap detall dels dispositius.
origin-name = { $origin ->
    [official] llistes dels mateixos proveïdors
    [asn] instantània inclosa de xarxes (ASN)
    [mmdb] base de dades ASN (mmdb)
    [user] la teva configuració
   *[none] sense atribuir
}
lookup-asn-database = AS{ $asn } segons la base de dades ASN (mmdb)
lookup-asn-no-provider = no coincideix amb cap llista de proveïdors; xarxa { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } és una data futura (avui és { $today } a { $zone })
report-error-not-a-date = { $option }: «{ $text }» no és una data (s’espera AAAA-MM-DD, today o yesterday)
report-error-from-after-to = --from { $from } és posterior a --to { $to }
report-error-too-long = un informe abasta com a màxim { $days } dies ({ $period } és més llarg)
report-error-no-data = no hi ha trànsit registrat per a { $period } segons { $source }: { $hint }
report-error-no-database = no hi ha base de dades d’ús a { $db }
report-error-no-source = no hi ha base de dades d’ús a { $db } ni cap servei nuage a { $socket }: engega primer el servei o indica --db CAMÍ
report-period-dates = del { $from } al { $to }
report-source-daemon = el servei nuage en marxa
report-hint-database = la base de dades té dades del { $from } al { $to }
report-hint-database-empty = la base de dades encara no té trànsit
report-hint-daemon = el servei té dades del { $from } al { $to }
report-hint-daemon-empty = el servei encara no té trànsit
report-notice-aggregate = la privadesa és `aggregate`: no es desen dispositius, així que l’informe no té secció per dispositiu
report-notice-no-baseline = cap dels dies de referència té dades; l’informe no inclou comparació

## command line (session 4)
cli-dashboard = en mostrar el tauler
cli-start-thread = en engegar una tasca en segon pla
cli-signals = en preparar l’aturada per senyal
cli-starting-run = en engegar nuage run
cli-running = mentre comptava
cli-loading-services = en carregar el catàleg de serveis
cli-writing-file = en escriure { $path }
cli-demo-open = en obrir la captura de demostració { $path }
cli-demo-household = llar de demostració
cli-unknown-error = error desconegut
cli-unsaved-rows = { $count ->
    [one] { $count } fila no s’ha pogut escriure a la base de dades
   *[other] { $count } files no s’han pogut escriure a la base de dades
}: { $error }
cli-flush-secs = --flush-secs { $value }: indica entre { $min } i { $max } segons
cli-no-day-before = { $option }: no hi ha cap dia abans del { $today }
cli-baseline-syntax = --baseline «{ $spec }»: escriu `none` o DES..FINS (per exemple 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline «{ $spec }»: el { $from } va després del { $to }
cli-baseline-too-long = --baseline «{ $spec }»: com a màxim { $days } dies
cli-older-daemon = el servei nuage en marxa és més antic que aquest nuage i només respon dia a dia: actualitza’l, o indica --db CAMÍ per a un informe de diversos dies
cli-top-hint = funciona `nuage run`? (`nuage demo` mostra el tauler sense servei)
cli-top-no-snapshot = el servei de { $socket } no ha enviat cap estat: { $error }
cli-top-closed = el servei de { $socket } ha tancat la connexió

err-config-read = no es pot llegir el fitxer de configuració { $path }: { $error }
err-config-line-key = fitxer de configuració { $path }, línia { $line }, clau «{ $key }»: { $problem }
err-config-line = fitxer de configuració { $path }, línia { $line }: { $problem }
err-config-key = fitxer de configuració { $path }, clau «{ $key }»: { $problem }
err-config-file = fitxer de configuració { $path }: { $problem }
err-config-unknown-key = nuage no coneix cap clau «{ $key }» aquí (una errada?); aquesta secció admet: { $expected }
err-unknown-lang = nuage no parla «{ $name }»; tria entre { $available }
err-config-flush-secs = { $value } segons és fora dels límits: indica entre { $min } i { $max }
err-config-capture-buffer = { $value } MiB és fora dels límits: indica entre { $min } i { $max }
err-config-zero-days = 0 dies esborraria totes les files de cop: indica’n almenys 1
err-config-pending-rows = { $value } és massa poc: indica’n almenys { $min }
err-config-host-bits = el prefix { $prefix } té bits d’amfitrió (volies dir { $network }?)
err-config-socket-length = el camí del sòcol ha de tenir d’1 a { $max } bytes, no { $len }
err-config-metrics-remote = { $listen } és accessible des d’altres màquines: fes servir 127.0.0.1 (o ::1), o afegeix allow-remote = true sota [metrics]

err-capture-open = no es pot obrir el fitxer de captura { $path }: { $error }
err-capture-too-short = no es pot obrir el fitxer de captura { $path }: només fa { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}, massa poc per ser una captura
err-capture-corrupt-at = el fitxer de captura { $path } està tallat o malmès al byte { $offset } (després de { $packets ->
    [one] { $packets } paquet
   *[other] { $packets } paquets
}): { $error }
err-capture-corrupt = el fitxer de captura { $path } està tallat o malmès després de { $packets ->
    [one] { $packets } paquet
   *[other] { $packets } paquets
}: { $error }
err-capture-interface = no es pot capturar a la interfície { $interface }: { $error }
err-capture-filter = el filtre de captura «{ $filter }» a { $interface } no és vàlid: { $error }
err-capture-read = ha fallat la lectura de la interfície { $interface }: { $error }
err-capture-no-default = no hi ha cap ruta per defecte (a /proc/net/route ni a /proc/net/ipv6_route): indica la interfície on capturar
err-capture-timeout = no ha arribat cap paquet dins el temps d’espera
err-daemon-capture-permission = { $error }: per capturar cal ser root o tenir la capacitat CAP_NET_RAW (mira el README: executar-lo com a servei)

err-store-locked = { $path }: un altre programa té bloquejada la base de dades (hi ha un altre nuage en marxa?)
err-store-corrupt = { $path } no és una base de dades SQLite llegible (malmesa, o un altre tipus de fitxer); no s’ha tocat: aparta-la per començar-ne una de nova
err-store-not-nuage = { $path } és la base de dades SQLite d’una altra aplicació ({ $tables ->
    [one] { $tables } taula
   *[other] { $tables } taules
}); no s’ha tocat: dona a nuage un camí propi
err-store-too-new = { $path }: la versió d’esquema { $found } és més nova del que entén aquest nuage ({ $supported }); no s’ha tocat: actualitza nuage
err-store-too-old = { $path }: la versió d’esquema { $found } és anterior a { $supported }, i obrint-la només per llegir no es pot actualitzar: engega `nuage run` un cop per fer-ho
err-store-read-only = { $path }: no es pot escriure a la base de dades (fitxer, carpeta o sistema de fitxers de només lectura)
err-store-disk-full = { $path }: el disc és ple
err-store-cannot-open = { $path }: no es pot obrir ni crear el fitxer de la base de dades (existeix la carpeta i hi pot escriure nuage?)
err-store-invalid-data = { $path }: un valor desat que aquest nuage no sap llegir ({ $error })
err-store-sqlite = { $path }: error de la base de dades ({ $error })
err-store-time-zone = fus horari desconegut «{ $name }» (escriu un nom IANA com Europe/Madrid): { $error }
err-db-missing = no hi ha cap base de dades a { $path } (`nuage run` crea nuage.db a la seva carpeta de dades)
err-db-open = no es pot llegir la base de dades { $path }: { $error }
err-db-shm = { $shm } pertany a un `nuage run` en marxa i aquest usuari no hi pot escriure, cosa que cal per llegir al costat del servei: executa l’ordre com a usuari del servei (`sudo -u nuage`), o fes servir `nuage top` sense --db, pel sòcol del servei

err-client-not-running = no hi ha cap servei nuage a { $path } ({ $error })
err-client-io = sòcol de control: { $error }
err-client-refused = el servei ha rebutjat la petició «{ $request }»: { $error }
err-client-protocol = la resposta del servei no té sentit per a aquest nuage: { $error }
err-client-closed = el servei ha tancat la connexió

err-merge-read = no es pot llegir { $path }: { $error }
err-merge-parse = { $path } no és un informe de nuage (JSON): { $error }
err-merge-no-version = { $path } no té schema_version: l’ha escrit `nuage report --format json`?
err-merge-version = { $path } té la versió d’esquema d’informe { $found } i aquest nuage llegeix la versió { $expected }: torna’l a generar amb la mateixa versió de nuage
err-merge-collective = { $path } ja és un informe col·lectiu: combina més aviat els informes propis de cada lloc
err-merge-empty = res a combinar: indica almenys un informe
err-render-json = en escriure l’informe en JSON: { $error }

err-ranges-unknown-source = no existeix la font «{ $id }» (conegudes: { $known })
err-ranges-busy = ja hi ha un altre `nuage ranges update` en marxa (té { $path })
err-ranges-decompress = { $file }: no es pot descomprimir: { $error }
err-ranges-shrank = { $file } conté { $new } prefixos i el fitxer actual { $old }: en desapareixeria més de la meitat, així que s’ha rebutjat (--force l’accepta)
err-ranges-catalogue = { $file }: { $what } «{ $value }» desconegut al catàleg
err-download-refused = { $url }: rebutjada ({ $error })
err-download-status = { $url }: el servidor ha respost HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: aquesta pàgina no té cap enllaç a un fitxer ServiceTags_Public_<data>.json
err-download-gzip = gzip no vàlid: { $error }
err-zip = arxiu zip il·legible: { $error }
err-parse-syntax = { $format } no vàlid: { $error }
err-parse-entry = entrada { $entry }: { $error }
err-parse-empty = el fitxer no conté cap rang
err-override = la teva entrada provider-ranges per a { $prefix }: { $error }
err-asn-read = no es pot llegir la base de dades ASN { $path }: { $error }
err-asn-invalid = la base de dades ASN { $path } no és una MaxMind DB vàlida: { $error }

err-cannot-read = no es pot llegir { $path }: { $error }
err-cannot-write = no es pot escriure { $path }: { $error }
err-cannot-create = no es pot crear { $path }: { $error }
err-cannot-lock = no es pot bloquejar { $path }: { $error }
err-not-a-folder = { $path } no és una carpeta

err-daemon-no-such-user = [daemon] user = «{ $name }»: aquest usuari no existeix a /etc/passwd
err-daemon-ranges = en carregar els rangs dels proveïdors: { $error }
err-daemon-secret = secret dels pseudònims { $path }: { $error }
err-daemon-privileges = en deixar els privilegis: { $error }
err-metrics-not-loopback = l’adreça de mètriques { $addr } és accessible des d’altres màquines; posa allow-remote = true sota [metrics] per servir-les
err-metrics-bind = no es poden servir mètriques a { $addr }: { $error }
err-demo-empty = la captura de demostració { $path } no conté cap paquet

dash-store-locked = base bloquejada
dash-store-disk-full = disc ple
dash-store-read-only = base de només lectura
dash-store-cannot-open = base inaccessible
dash-store-unusable = base inservible
dash-store-failed = error de la base
dash-store-folded = (comptant en memòria; { $count ->
    [one] { $count } fila agrupada
   *[other] { $count } files agrupades
} per hores, totals intactes)
dash-offload = l’acceleració per maquinari amaga el { $hidden } del trànsit

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Ús:
cli-more-help = Per a més informació, prova «{ $help }».
cli-arg-unknown = argument inesperat «{ $arg }»
cli-command-unknown = ordre desconeguda «{ $name }»
cli-arg-missing-value = «{ $arg }» necessita un valor, però no se n’ha donat cap
cli-arg-invalid-value = valor no vàlid «{ $value }» per a «{ $arg }»
cli-possible-values = valors possibles: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = «{ $value }» no és un nombre enter dins de l’interval admès
cli-value-demo-speed = «{ $value }» no és una velocitat entre 0 i 100000 (per exemple 60)
cli-value-time-of-day = «{ $value }» no és una hora del dia com ara 07:30
cli-value-run-speed = «{ $value }» no és una velocitat: indica un factor més gran que 0 (1 = temps real, 60 = un minut per segon) o max
cli-value-format = format desconegut «{ $value }» (escriu text, md, json, csv o html)
cli-value-network = «{ $value }» no és un prefix de xarxa com ara 192.0.2.0/24 o 2001:db8::/32
cli-arg-required = falten aquests arguments obligatoris:
cli-command-missing = «{ $name }» necessita una ordre, i no se n’ha donat cap
cli-possible-commands = ordres: { $commands }
cli-arg-repeated = «{ $arg }» no es pot indicar més d’una vegada
cli-arg-conflict = «{ $arg }» no es pot fer servir amb «{ $other }»
cli-arg-conflict-many = «{ $arg }» no es pot fer servir amb:
cli-arg-too-many = valor inesperat «{ $value }» per a «{ $arg }»: no se n’esperaven més
cli-invalid-utf8 = un argument no és text UTF-8 vàlid
cli-tip-similar-command = suggeriment: { $count ->
    [one] hi ha una ordre semblant: { $names }
   *[other] hi ha ordres semblants: { $names }
}
cli-tip-similar-arg = suggeriment: { $count ->
    [one] hi ha una opció semblant: { $names }
   *[other] hi ha opcions semblants: { $names }
}
cli-tip-similar-value = suggeriment: { $count ->
    [one] hi ha un valor semblant: { $names }
   *[other] hi ha valors semblants: { $names }
}
cli-tip-as-value = suggeriment: per passar «{ $arg }» com a valor, escriu «{ $fix }»
cli-tip-exists = suggeriment: existeix «{ $usage }» (l’opció va després de la seva ordre)
cli-tip-remove-dashes = suggeriment: l’ordre «{ $name }» existeix; per fer-la servir, treu el «--» que té davant

err-io = { $kind ->
    [not-found] no existeix aquest fitxer o carpeta
    [permission-denied] permís denegat
    [is-a-folder] és una carpeta, no un fitxer
    [not-a-folder] una part del camí no és una carpeta
    [read-only] el sistema de fitxers és només de lectura
    [disk-full] no queda espai al disc
    [exists] ja existeix
    [refused] connexió rebutjada
    [timed-out] s’ha esgotat el temps d’espera
    [address-in-use] l’adreça ja està en ús
    [address-unavailable] aquesta màquina no té aquesta adreça
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: el sistema no ha pogut llegir ni escriure el fitxer de la base de dades (una targeta SD o un disc que falla, o una memòria USB retirada?)
dash-store-io = error de disc
replay-undecodable-reason = { $reason ->
    [truncated] trama massa curta per a la capçalera { $header }
    [link-type] el tipus d’enllaç { $link } no és compatible
    [not-ip] no és un paquet IP (protocol d’enllaç { $protocol })
   *[malformed] capçalera { $header } mal formada
}
ranges-date-from = { $date } ({ $from ->
    [published] publicada
    [updated] actualitzada
   *[file-time] data del fitxer
})
err-daemon-reply = { $code ->
    [busy] hi ha massa programes connectats; torna-ho a provar d’aquí a un moment
    [unavailable] ara no pot respondre (no pot llegir la seva base de dades; mira’n el registre)
    [not-found] no té res registrat per al que s’ha demanat
   *[protocol] aquest nuage i el servei no s’entenen (un dels dos és més antic?): { $message }
}

## --help (session 5)

help-about-nuage = Quant hem depès avui del { -big-tech }?
help-body-nuage =
    nuage observa el trànsit d'una llar o d'un casal i atribueix cada flux al proveïdor de Cloud que el serveix.
help-arg-nuage-data-dir = On desa nuage les seves dades [default: /var/lib/nuage per a root, si no ~/.local/share/nuage]
help-arg-nuage-config = Fitxer de configuració [default: /etc/nuage/nuage.toml si existeix]
help-arg-nuage-socket = El sòcol de control del servei en marxa [default: /run/nuage/nuage.sock per a root, si no $XDG_RUNTIME_DIR/nuage/nuage.sock; o `[control] socket` a la configuració]
help-arg-nuage-verbose = Explicar més del que està passant (repetiu-ho per a més)
help-arg-nuage-json = Escriure les dades en JSON (un objecte, o un per línia a les llistes)
help-arg-nuage-lang = Llengua dels missatges: en, es, ca, fr, de, pt, el, ro, it [default: `lang` de la configuració, després LC_ALL / LC_MESSAGES / LANG, després en]
help-about-lookup = Quin proveïdor serveix una adreça, i per què
help-arg-lookup-addresses = Adreces a cercar (IPv4, IPv6, IPv4 mapada o NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Llegir també adreces de l'entrada estàndard, una per línia
help-about-ranges = Llistes de rangs dels proveïdors: d'on vénen, com d'actuals són, com actualitzar-les
help-about-ranges-sources = Llistar les fonts oficials: id, URL i el nom de fitxer que espera `update --from`
help-about-ranges-status = Per font: data, antiguitat, nombre de prefixos i si està caducada
help-about-ranges-update = Baixar cada font oficial (o importar-les d'una carpeta) i posar-les en ús
help-body-ranges-update =
    Cada fitxer es comprova sencer abans de substituir el que està en ús; una font que falla
    conserva el fitxer anterior. Les baixades són només per HTTPS. Amb
    `[ranges] mirror = "URL"` a la configuració, cada fitxer s'obté d'URL/<file> (noms tal com
    els llista `nuage ranges sources`). L'http:// simple només s'accepta per a aquesta màquina
    (127.0.0.0/8, ::1, localhost), que és el que fan servir les proves.
help-arg-ranges-update-from = Importar els fitxers d'aquesta carpeta (p. ex. un USB) en lloc de baixar-los
help-arg-ranges-update-force = Acceptar una llista que s'ha reduït a menys de la meitat
help-arg-ranges-update-sources = Només aquestes fonts (ids de `nuage ranges sources`)
help-about-replay = Comptar el trànsit de fitxers de captura, tan de pressa com es puguin llegir
help-arg-replay-files = Fitxers de captura (pcap o pcapng), llegits en l'ordre donat
help-arg-replay-flows = Escriure cada flux en lloc del resum, un objecte JSON per línia
help-arg-replay-lan = Un prefix que forma part de la xarxa local, a més dels rangs privats (repetible)
help-about-run = Funcionar com a servei: capturar, comptar i desar les xifres a la base de dades
help-body-run =
    La configuració ve del fitxer de configuració ([daemon] i [store], vegeu
    nuage.example.toml); les opcions donades aquí hi passen al davant. SIGTERM/SIGINT escriuen
    el que s'ha comptat i surten; SIGHUP torna a carregar els rangs, la privadesa i el lloc.
help-arg-run-interfaces = Interfície on capturar (repetible) [default: [daemon] interfaces, si no la de la ruta per defecte]
help-arg-run-pcap = Fer passar aquest fitxer de captura pel mateix camí en lloc de capturar
help-arg-run-speed = Amb --pcap: N vegades el temps real (60 = un minut per segon), o `max`
help-arg-run-looped = Amb --pcap: tornar a començar quan s'acaba el fitxer, cada passada el dia o dies següents
help-arg-run-flush-secs = Segons entre escriptures a la base de dades [default: [daemon] flush-secs, 60]
help-arg-run-tz = Zona horària IANA en què es compten els dies [default: [daemon] tz, si no la del sistema]
help-arg-run-tui = Mostrar el tauler en directe en aquest terminal mentre es captura (sortiu amb q; la captura s'atura i s'escriu el que s'ha comptat)
help-arg-run-user = Usuari sense privilegis a qui passar després d'obrir les captures [default: [daemon] user, si no `nuage` si existeix]
help-arg-run-lan = Un prefix que forma part de la xarxa local, a més dels rangs privats (repetible)
help-about-demo = Un tauler viu amb el dia de la llar de demostració, reproduït de pressa (sense root, sense servei)
help-body-demo =
    Reprodueix demo/household.pcap (una llar inventada el 8 de març) pel processament real,
    60 vegades més de pressa que el temps real, en bucle, un dia més tard a cada volta.
help-arg-demo-speed = Quantes vegades més de pressa que el temps real passa el dia
help-arg-demo-from = Hora del dia en què comença la reproducció (HH:MM); els paquets anteriors es compten de cop
help-arg-demo-file = Reproduir aquesta captura en lloc de la llar de demostració
help-about-top = El tauler en directe del servei en marxa (pel seu sòcol de control), o d'una base de dades
help-arg-top-db = Llegir aquesta base de dades directament, sense servei (no en directe: sense taxes ni fluxos)
help-about-report = El resum d'un dia per compartir: text, Markdown, JSON, CSV o una pàgina HTML
help-arg-report-day = El dia local: AAAA-MM-DD, today o yesterday [default: today]
help-arg-report-from = Primer dia d'un període (amb --to)
help-arg-report-to = Darrer dia d'un període, inclòs (amb --from)
help-arg-report-baseline = El dia habitual amb què comparar: `none`, o FROM..TO (p. ex. 2027-03-01..2027-03-07) [default: el mateix dia de la setmana de les quatre setmanes anteriors amb dades]
help-arg-report-format = text, md, json, csv o html (--json vol dir json)
help-arg-report-per-device = Afegir una secció per dispositiu, quan la configuració de privadesa conserva els dispositius
help-arg-report-out = Escriure l'informe a FILE en lloc de la sortida estàndard
help-arg-report-db = La base de dades d'ús [default: nuage.db a la carpeta de dades]
help-arg-report-time-zone = Zona horària IANA dels dies (Europe/Brussels) [default: la del sistema]
help-about-report-merge = Unir els informes JSON de diversos llocs en un informe col·lectiu (sense detall per dispositiu)
help-arg-report-merge-files = Informes JSON escrits per `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv o html (--json vol dir json)
help-arg-report-merge-out = Escriure l'informe a FILE en lloc de la sortida estàndard
help-heading-commands = Ordres
help-heading-arguments = Arguments
help-heading-options = Opcions
help-heading-examples = Exemples
help-heading-example = Exemple
help-flag-help = Mostrar l'ajuda
help-flag-help-more = Mostrar l'ajuda (més amb '--help')
help-flag-help-summary = Mostrar l'ajuda (un resum amb '-h')
help-flag-version = Mostrar la versió
help-command-help = Mostrar aquest missatge o l'ajuda de les ordres indicades
