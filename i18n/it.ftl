# nuage — italiano.

-big-tech = cloud delle Big Tech

## Language choice

lang-unknown = lingua sconosciuta «{ $name }»; nuage prosegue in inglese. Disponibili: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] lunedì
    [tuesday] martedì
    [wednesday] mercoledì
    [thursday] giovedì
    [friday] venerdì
    [saturday] sabato
   *[sunday] domenica
}
month-name = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
weekday-short = { $weekday ->
    [monday] lun
    [tuesday] mar
    [wednesday] mer
    [thursday] gio
    [friday] ven
    [saturday] sab
   *[sunday] dom
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday } { $day } { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] rispetto a un lunedì tipico
    [tuesday] rispetto a un martedì tipico
    [wednesday] rispetto a un mercoledì tipico
    [thursday] rispetto a un giovedì tipico
    [friday] rispetto a un venerdì tipico
    [saturday] rispetto a un sabato tipico
   *[sunday] rispetto a una domenica tipica
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } gg

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] altri cloud e hosting
    [cdn] reti di distribuzione dei contenuti
    [streaming] reti di streaming
   *[other] altro
}
no-provider-list = in nessuna lista di fornitori
unknown-device = dispositivo sconosciuto

## Command line: errors a user sees

error-loading-ranges = durante il caricamento degli intervalli di indirizzi dei fornitori
error-bundled-catalogue = durante la lettura del catalogo incluso
error-reading-stdin = durante la lettura dello standard input
error-writing-report = durante la scrittura del rapporto
error-writing-flows = durante la scrittura dei flussi

## nuage lookup

lookup-need-addresses = indica uno o più indirizzi, oppure --stdin
lookup-bad-address = { $text } non è un indirizzo IPv4 né IPv6
lookup-no-match = non corrisponde a nessuna lista di fornitori
lookup-matched = { $prefix } secondo { $source } ({ $origin })

## nuage replay

replay-captured = Catturato dal { $from } al { $to }: { $frames } frame, { $size }
replay-internet = Internet: { $up } inviati, { $down } ricevuti, { $flows ->
    [one] { $flows } flusso
   *[other] { $flows } flussi
}
replay-lan = Rete locale: { $size } ({ $flows ->
    [one] { $flows } flusso
   *[other] { $flows } flussi
}, { $non_ip } frame non IP)
replay-big-tech-share = Quota del traffico Internet sul { -big-tech }: { $share }
replay-by-group = Per gruppo:
replay-by-provider = Per fornitore:
replay-decided-by = deciso da infrastruttura e servizio: { $both }, solo dall’infrastruttura: { $infrastructure }, solo dal servizio: { $service }
replay-encrypted-dns = DNS cifrato (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } flusso
   *[other] { $flows } flussi
}
replay-by-service = Per servizio (proprietario · infrastruttura):
replay-by-domain = Nomi senza regola di servizio (dominio registrabile):
replay-by-network = Altre reti (database ASN):
replay-and-more = … e altri { $count }
replay-provider-origin = Fornitore determinato da:
replay-by-device = Per dispositivo:
replay-undecodable = Non decodificabili: { $frames } frame, { $size }
replay-flow-table = Tabella dei flussi: { $flows ->
    [one] { $flows } flusso
   *[other] { $flows } flussi
}, { $evicted } scartati al limite di { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = FORNITORE
ranges-col-format = FORMATO
ranges-col-every = OGNI
ranges-col-save-as = SALVA COME
ranges-col-url = URL
ranges-all-providers = (tutti)
ranges-offline-howto = Per aggiornare una macchina senza Internet: scarica ogni URL da un altro computer, salva i file in un'unica cartella con i nomi della colonna SALVA COME, poi esegui `nuage ranges update --from CARTELLA`.
ranges-note-discover = { $id }: l'URL è una pagina; scarica il file a cui rimanda e salvalo come { $file }
ranges-note-placeholders = { $id }: sostituisci {"{"}YYYY{"}"} e {"{"}MM{"}"} con l'anno e il mese correnti
ranges-note-gzip = { $id }: il download è compresso con gzip; salvalo come { $file }, compresso o no
ranges-note-zip = { $id }: il download è uno zip; salvalo come { $file } così com'è, oppure con i suoi file uniti
ranges-note-licence = { $id }: licenza: { $licence }

## nuage ranges status

ranges-col-source = FONTE
ranges-col-file = FILE
ranges-col-date = DATA
ranges-col-age = ETÀ
ranges-col-state = STATO
ranges-state-not-imported = non importata
ranges-state-unreadable = ILLEGGIBILE: { $error }
ranges-state-stale = SCADUTA
ranges-state-ok = ok
ranges-bundled = Istantanea inclusa: { $date }; prefissi ricavati dagli ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; pubblicati: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } ({ $days } gg fa)
ranges-undated = senza data
ranges-stale-hint = Le liste SCADUTE superano il doppio del loro ritmo di pubblicazione: esegui `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefisso
   *[other] { $count } prefissi
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: invariato sul server
ranges-unchanged = { $id }: invariato, { $prefixes }
ranges-not-in-dir = { $id }: { $file } non è in { $dir }, saltato
ranges-failed-kept = { $id }: NON RIUSCITO: { $error }; resta in uso il file precedente
ranges-failed-bundled = { $id }: NON RIUSCITO: { $error }; ancora nulla di importato, resta in uso l'istantanea inclusa
ranges-from-empty = { $dir } non contiene nessuno dei file attesi (i loro nomi con `nuage ranges sources`)

## Dashboard

view-services = Servizi
view-devices = Dispositivi
view-flows = Flussi
col-provider = Fornitore
col-service = Servizio
col-device = Dispositivo
col-share = Quota
col-traffic = Traffico
devices-hidden = I dispositivi non sono mostrati (impostazione di privacy «{ $privacy }»).
help-title = Tasti
key-quit = esci
key-today = torna a oggi

## Units

unit-flows = { $count ->
    [one] { $count } flusso
   *[other] { $count } flussi
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivi
}
unit-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}

## Reports

report-title = Quanto ci siamo appoggiati al { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = Dal { $from } al { $to }
report-section-summary = Riepilogo
report-section-providers = Fornitori
report-section-services = Servizi
report-section-devices = Dispositivi
report-section-timeline = Nel corso della giornata
report-section-baseline = Rispetto a un giorno tipico
report-section-method = Come conta nuage
report-caveat-cdn = Le reti di distribuzione dei contenuti servono molte aziende: il loro traffico è attribuito alla rete, non al sito visitato.
report-caveat-bytes = I byte non sono energia né emissioni: qui un byte di video pesa quanto un byte di un messaggio.

## dashboard (session 3)
dash-no-place = questo spazio
dash-live = in diretta
dash-paused = in pausa
dash-not-live = in differita
dash-history = storico
dash-from-database = lettura di { $path }
dash-tab-overview = Panoramica
dash-help-hint = ? aiuto
dash-headline-title = Quota del { -big-tech }
dash-headline-no-data = Nessun traffico Internet ancora contato per questo giorno.
dash-no-baseline = ancora nessun giorno tipico con cui confrontare
dash-share-of = { $big_tech } su { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } rispetto a un giorno tipico ({ $usual })
dash-providers-title = Chi ha trasportato il traffico
dash-timeline-title = Nel corso del giorno ({ $bucket }, picco { $peak })
dash-per-minutes = ogni { $minutes } min
dash-per-hours = { $hours ->
    [one] all’ora
   *[other] ogni { $hours } h
}
dash-flows-title = Flussi in corso
dash-cat-other-clouds = Altri cloud/CDN
dash-cat-other-networks = Altre reti
dash-cat-lan = Interno (LAN)
dash-lan-share = locale
dash-legend-big-tech = Big Tech
dash-legend-other = altro
dash-legend-now = ora
dash-col-service-carrier = Servizio · infrastruttura
dash-col-named-by = Riconosciuto da
dash-col-lan = LAN
dash-col-remote = Remoto
dash-col-rate = Ora ↓/↑
dash-col-rate-now = ora
dash-unnamed-service = Senza nome
dash-unknown-network = rete sconosciuta
dash-source-address = indirizzo
dash-flows-hidden = Nessun flusso in corso da mostrare (o l’impostazione di privacy li nasconde).
dash-flows-not-live = I flussi si vedono solo in diretta, per oggi.
dash-empty-list = Non è stato ancora contato nulla.
dash-no-day-data = Nessun dato salvato per questo giorno.
dash-sort-traffic = traffico
dash-sort-big-tech = prima le Big Tech
dash-sort-name = nome
dash-sort-rate = velocità attuale
dash-sorted-by = ordine: { $sort }
dash-units-bytes-si = byte (kB, MB)
dash-units-bytes-iec = byte (KiB, MiB)
dash-units-bits-si = bit (kbit, Mbit)
dash-units-bits-iec = bit (Kibit, Mibit)
dash-units-label = unità: { $units }
dash-capture-ok = cattura ok
dash-interface-down = non attiva
dash-no-capture = nessuna cattura
dash-dropped = { $count ->
    [one] { $count } perso
   *[other] { $count } persi
}
dash-not-saving = salvataggio non riuscito: { $error }
dash-ranges-version = intervalli { $version }
dash-footer-hints = Tab vista  ←/→ giorno  s ordine  u unità  p pausa  ? aiuto  q esci
dash-help-close = Premi un tasto qualsiasi per chiudere.
dash-help-views = vista successiva / precedente
dash-help-move = muoversi in un elenco
dash-help-page = scorrere di una pagina
dash-help-sort = cambiare l’ordinamento
dash-help-pause = sospendere / riprendere gli aggiornamenti
dash-help-days = giorno precedente / successivo
dash-help-units = unità: byte o bit, kB o KiB
dash-help-help = questo aiuto
dash-help-mouse-key = mouse
dash-help-mouse = scorrere gli elenchi, cliccare sul nome di una vista
dash-too-small =
    Il terminale è troppo piccolo
    per il pannello (almeno { $width }×{ $height }).
dash-needs-terminal = { $command } disegna un pannello e ha bisogno di un terminale (l’output standard non lo è)

## report (session 3)
# Il rapporto (nuage report) nei formati leggibili, e gli identificativi che mostrano
# nuage replay e nuage lookup. I conteggi arrivano come numeri (plurali); dimensioni,
# percentuali, date e ore arrivano già formattate, come testo.

report-title-collective = Quanto ci siamo appoggiati al { -big-tech }? Tutti i luoghi insieme
report-section-groups = Tipi di fornitore
report-section-networks = Altre reti
report-section-days = Giorno per giorno
report-section-health = Quanto sono complete queste cifre
report-section-places = Luoghi
report-headline = Il { $share } del nostro traffico Internet ({ $total } in tutto) è andato verso il { -big-tech } o è arrivato da lì.
report-headline-collective = In { $places ->
    [one] un luogo
   *[other] { $places } luoghi
}, il { $share } del traffico Internet è andato verso il { -big-tech } o è arrivato da lì (dal { $min } al { $max } a seconda del luogo).
report-baseline-sentence = { $direction ->
    [less] Sono { $points } punti percentuali in meno rispetto a un giorno tipico ({ $usual } in media su { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }).
   *[more] Sono { $points } punti percentuali in più rispetto a un giorno tipico ({ $usual } in media su { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }).
}
report-baseline-method = { $method ->
    [same-weekday] lo stesso giorno della settimana nelle settimane precedenti
    [previous-weeks] le quattro settimane precedenti
    [range] i giorni richiesti
   *[places] il giorno tipico di ogni luogo
}
report-baseline-days = Giorno tipico: { $how }.
report-baseline-days-list = Giorno tipico: { $how } ({ $days }).
report-no-data = Non è stato registrato alcun traffico.
report-more = … e altri { $count }
report-points = { $points } p.p.
report-row-internet = Traffico Internet
report-row-share = Quota del cloud delle Big Tech
report-row-internet-value = { $total } ({ $up } in uscita, { $down } in entrata)
report-row-lan = Dentro il luogo (rete locale)
report-row-by-bytes = Cloud delle Big Tech, in byte
report-row-by-flows = in connessioni
report-row-by-flows-value = { $share } ({ $big_tech } su { $flows ->
    [one] { $flows } connessione
   *[other] { $flows } connessioni
})
report-row-by-minutes = in minuti di attività
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
})
report-row-by-infrastructure = per via dell'infrastruttura
report-row-by-service-only = solo per via del proprietario del servizio
report-col-provider = Fornitore
report-col-group = Tipo
report-col-traffic = Traffico
report-col-share = Quota
report-col-service = Servizio
report-col-owner = Proprietario
report-col-carried-by = Servito da
report-col-hour = Ora
report-col-day = Giorno
report-col-big-tech = Cloud delle Big Tech
report-col-other = Resto di Internet
report-col-lan = Rete locale
report-col-device = Dispositivo
report-col-usual = Giorno tipico
report-col-now = Questa volta
report-col-change = Variazione
report-col-place = Luogo
report-col-network = Rete
report-col-layer = Attribuito in base a
report-col-decision = Contato nel cloud delle Big Tech per
report-big-tech-mark = Big Tech
report-unknown = sconosciuto
report-not-recorded = non registrato
report-other-networks = Altre reti
report-unnamed = Non identificato
report-group = { $group ->
    [big-tech] Cloud delle Big Tech
    [cloud] Altri cloud e hosting
    [cdn] Reti di distribuzione dei contenuti
    [streaming] Reti di streaming
    [none] Reti che nessuna lista conosce
   *[other] Indicati nelle tue impostazioni
}
report-layer = { $layer ->
    [official] Liste di indirizzi pubblicate dai fornitori
    [asn] Istantanea inclusa delle loro reti (ASN)
    [mmdb] Database delle reti (ASN)
    [user] Le tue impostazioni
   *[unattributed] Non attribuito
}
report-decision = { $decision ->
    [both] infrastruttura e servizio
    [infrastructure] solo l'infrastruttura
    [service] solo il servizio (su infrastruttura altrui)
   *[neither] non è cloud delle Big Tech
}
report-chart-gauge = Quota del traffico Internet passata dal cloud delle Big Tech
report-chart-providers = Traffico per fornitore
report-chart-timeline = Traffico per ora: cloud delle Big Tech (scuro) e resto di Internet (chiaro)
report-chart-timeline-days = Traffico per giorno: cloud delle Big Tech (scuro) e resto di Internet (chiaro)
report-chart-baseline = Quota del cloud delle Big Tech: un giorno tipico e questa volta
report-health-minutes = Minuti con traffico: { $with } su { $all }.
report-health-gaps = Interruzioni senza cattura: { $gaps } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}).
report-health-dropped = Pacchetti persi dalla cattura: { $dropped }.
report-health-clock-jumps = Salti dell'orologio: { $jumps }.
report-health-unattributed = Non attribuito ad alcun fornitore: { $size } ({ $share }).
report-health-unnamed = Non identificato (nessun servizio riconosciuto): { $size }.
report-health-ranges = Liste di indirizzi dei fornitori del { $date } (vecchie di { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}).
report-health-ranges-undated = Liste di indirizzi dei fornitori: data sconosciuta.
report-health-gap = Interruzione dal { $start }, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}.
report-caveat-daemon = Letto dal servizio nuage in esecuzione, che non segnala interruzioni, perdite né salti dell'orologio: controllali con `nuage report --db`.
report-caveat-gap = Non è stato catturato nulla per { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}: i totali reali sono più alti.
report-caveat-dropped = La cattura ha perso alcuni pacchetti: i totali sono un po' sottostimati.
report-caveat-clock = L'orologio è saltato durante la cattura: alcuni minuti potrebbero trovarsi nell'ora sbagliata.
report-caveat-unattributed = Il { $share } del traffico è andato a indirizzi che nessuna lista attribuisce: la quota delle Big Tech potrebbe essere più alta.
report-caveat-old-lists = Le liste di indirizzi dei fornitori sono vecchie: esegui `nuage ranges update`.
report-methods-rule = Il traffico conta nel { -big-tech } quando l'indirizzo a cui è andato appartiene all'infrastruttura di una Big Tech, OPPURE quando il servizio dietro di esso appartiene a una di loro (YouTube servito da una cache dentro il tuo fornitore di Internet resta Google). Le aziende: { $companies }.
report-methods-attribution = Gli indirizzi vengono attribuiti con le liste pubblicate dai fornitori stessi, poi con un'istantanea inclusa delle loro reti (ASN). I servizi vengono riconosciuti dalle risposte DNS, dai nomi dei server TLS e QUIC e dalle intestazioni Host HTTP viste in rete; nuage non salva mai il contenuto del traffico.
report-methods-blind = Cosa non si può vedere: i nomi richiesti con DNS cifrato (DoH, DoT), le connessioni che nascondono il nome del server (ECH) e tutto ciò che passa dentro una VPN o un proxy, che conta per il fornitore della VPN. Il traffico che non è mai passato da questa rete (dati mobili) non viene contato.
report-methods-privacy = Impostazione della privacy durante la cattura: { $privacy ->
    [full] completa (dispositivi con il loro indirizzo fisico)
    [devices-anonymous] dispositivi sotto pseudonimo
    [aggregate] solo totali, nessun dispositivo
   *[mixed] diversa da luogo a luogo
}.
report-merged-note = Riunisce i rapporti di { $places ->
    [one] un luogo
   *[other] { $places } luoghi
}. Nessun dettaglio sui dispositivi viene trasferito.
origin-name = { $origin ->
    [official] liste pubblicate dai fornitori
    [asn] istantanea inclusa delle reti (ASN)
    [mmdb] database ASN (mmdb)
    [user] le tue impostazioni
   *[none] non attribuito
}
lookup-asn-database = AS{ $asn } secondo il database ASN (mmdb)
lookup-asn-no-provider = non corrisponde ad alcuna lista di fornitori; rete { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } è nel futuro (oggi è il { $today } nel fuso { $zone })
report-error-not-a-date = { $option }: «{ $text }» non è una data (atteso AAAA-MM-GG, today o yesterday)
report-error-from-after-to = --from { $from } è successivo a --to { $to }
report-error-too-long = un rapporto copre al massimo { $days } giorni ({ $period } è più lungo)
report-error-no-data = nessun traffico registrato per { $period } secondo { $source }: { $hint }
report-error-no-database = nessun database d'uso in { $db }
report-error-no-source = nessun database d'uso in { $db } e nessun servizio nuage in { $socket }: avvia prima il servizio, oppure indica --db PERCORSO
report-period-dates = dal { $from } al { $to }
report-source-daemon = il servizio nuage in esecuzione
report-hint-database = il database ha dati dal { $from } al { $to }
report-hint-database-empty = il database non contiene ancora traffico
report-hint-daemon = il servizio ha dati dal { $from } al { $to }
report-hint-daemon-empty = il servizio non ha ancora traffico
report-notice-aggregate = l'impostazione della privacy è `aggregate`: non si conservano dispositivi, quindi il rapporto non ha una sezione per dispositivo
report-notice-no-baseline = nessuno dei giorni di riferimento ha dati; il rapporto non contiene un confronto

## command line (session 4)
cli-dashboard = durante la visualizzazione del pannello
cli-start-thread = durante l’avvio di un’attività in background
cli-signals = durante la preparazione dell’arresto su segnale
cli-starting-run = durante l’avvio di nuage run
cli-running = durante il conteggio
cli-loading-services = durante il caricamento del catalogo dei servizi
cli-writing-file = durante la scrittura di { $path }
cli-demo-open = durante l’apertura della cattura dimostrativa { $path }
cli-demo-household = casa dimostrativa
cli-unknown-error = errore sconosciuto
cli-unsaved-rows = { $count ->
    [one] { $count } riga non è stata scritta nel database
   *[other] { $count } righe non sono state scritte nel database
}: { $error }
cli-flush-secs = --flush-secs { $value }: indica tra { $min } e { $max } secondi
cli-no-day-before = { $option }: non c’è nessun giorno prima del { $today }
cli-baseline-syntax = --baseline «{ $spec }»: scrivi `none` oppure DA..A (per esempio 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline «{ $spec }»: il { $from } viene dopo il { $to }
cli-baseline-too-long = --baseline «{ $spec }»: al massimo { $days } giorni
cli-older-daemon = il servizio nuage in esecuzione è più vecchio di questo nuage e risponde solo un giorno alla volta: aggiornalo, oppure indica --db PERCORSO per un rapporto su più giorni
cli-top-hint = `nuage run` è in esecuzione? (`nuage demo` mostra il pannello senza servizio)
cli-top-no-snapshot = il servizio su { $socket } non ha inviato nessuno stato: { $error }
cli-top-closed = il servizio su { $socket } ha chiuso la connessione

err-config-read = impossibile leggere il file di configurazione { $path }: { $error }
err-config-line-key = file di configurazione { $path }, riga { $line }, chiave «{ $key }»: { $problem }
err-config-line = file di configurazione { $path }, riga { $line }: { $problem }
err-config-key = file di configurazione { $path }, chiave «{ $key }»: { $problem }
err-config-file = file di configurazione { $path }: { $problem }
err-config-unknown-key = nuage non conosce nessuna chiave «{ $key }» qui (un refuso?); questa sezione accetta: { $expected }
err-unknown-lang = nuage non parla «{ $name }»; scegli tra { $available }
err-config-flush-secs = { $value } secondi è fuori dai limiti: indica tra { $min } e { $max }
err-config-capture-buffer = { $value } MiB è fuori dai limiti: indica tra { $min } e { $max }
err-config-zero-days = 0 giorni cancellerebbe tutte le righe in un colpo: indica almeno 1
err-config-pending-rows = { $value } è troppo poco: indica almeno { $min }
err-config-host-bits = il prefisso { $prefix } ha dei bit di host impostati (intendevi { $network }?)
err-config-socket-length = il percorso del socket deve essere lungo da 1 a { $max } byte, non { $len }
err-config-metrics-remote = { $listen } è raggiungibile da altre macchine: usa 127.0.0.1 (o ::1), oppure aggiungi allow-remote = true sotto [metrics]

err-capture-open = impossibile aprire il file di cattura { $path }: { $error }
err-capture-too-short = impossibile aprire il file di cattura { $path }: è lungo solo { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } byte
}, troppo poco per essere una cattura
err-capture-corrupt-at = il file di cattura { $path } è troncato o danneggiato al byte { $offset } (dopo { $packets ->
    [one] { $packets } pacchetto
   *[other] { $packets } pacchetti
}): { $error }
err-capture-corrupt = il file di cattura { $path } è troncato o danneggiato dopo { $packets ->
    [one] { $packets } pacchetto
   *[other] { $packets } pacchetti
}: { $error }
err-capture-interface = impossibile catturare sull’interfaccia { $interface }: { $error }
err-capture-filter = il filtro di cattura «{ $filter }» su { $interface } non è valido: { $error }
err-capture-read = la lettura dall’interfaccia { $interface } non è riuscita: { $error }
err-capture-no-default = nessuna route predefinita (in /proc/net/route o /proc/net/ipv6_route): indica l’interfaccia su cui catturare
err-capture-timeout = nessun pacchetto arrivato entro il tempo di attesa
err-daemon-capture-permission = { $error }: per catturare servono i permessi di root o la capability CAP_NET_RAW (vedi il README: eseguirlo come servizio)

err-store-locked = { $path }: il database è bloccato da un altro programma (c’è un altro nuage in esecuzione?)
err-store-corrupt = { $path } non è un database SQLite leggibile (danneggiato, o un altro tipo di file); non è stato toccato: spostalo da parte per iniziarne uno nuovo
err-store-not-nuage = { $path } è il database SQLite di un’altra applicazione ({ $tables ->
    [one] { $tables } tabella
   *[other] { $tables } tabelle
}); non è stato toccato: dai a nuage un percorso suo
err-store-too-new = { $path }: la versione dello schema { $found } è più recente di quanto capisca questo nuage ({ $supported }); non è stato toccato: aggiorna nuage
err-store-too-old = { $path }: la versione dello schema { $found } è precedente alla { $supported }, e aprendolo in sola lettura non si può aggiornare: avvia `nuage run` una volta per farlo
err-store-read-only = { $path }: impossibile scrivere nel database (file, cartella o filesystem in sola lettura)
err-store-disk-full = { $path }: il disco è pieno
err-store-cannot-open = { $path }: impossibile aprire o creare il file del database (la cartella esiste, e nuage può scriverci?)
err-store-invalid-data = { $path }: un valore salvato che questo nuage non sa rileggere ({ $error })
err-store-sqlite = { $path }: errore del database ({ $error })
err-store-time-zone = fuso orario sconosciuto «{ $name }» (scrivi un nome IANA come Europe/Rome): { $error }
err-db-missing = nessun database in { $path } (`nuage run` crea nuage.db nella sua cartella dei dati)
err-db-open = impossibile leggere il database { $path }: { $error }
err-db-shm = { $shm } appartiene a un `nuage run` in esecuzione e questo utente non può scriverci, cosa necessaria per leggere accanto al servizio: esegui il comando come utente del servizio (`sudo -u nuage`), oppure usa `nuage top` senza --db, tramite il socket del servizio

err-client-not-running = nessun servizio nuage su { $path } ({ $error })
err-client-io = socket di controllo: { $error }
err-client-refused = il servizio ha rifiutato la richiesta «{ $request }»: { $error }
err-client-protocol = la risposta del servizio non ha senso per questo nuage: { $error }
err-client-closed = il servizio ha chiuso la connessione

err-merge-read = impossibile leggere { $path }: { $error }
err-merge-parse = { $path } non è un rapporto di nuage (JSON): { $error }
err-merge-no-version = { $path } non ha schema_version: è stato scritto da `nuage report --format json`?
err-merge-version = { $path } ha la versione dello schema di rapporto { $found }, e questo nuage legge la versione { $expected }: rigeneralo con la stessa versione di nuage
err-merge-collective = { $path } è già un rapporto collettivo: unisci piuttosto i rapporti propri di ogni luogo
err-merge-empty = niente da unire: indica almeno un rapporto
err-render-json = durante la scrittura del rapporto in JSON: { $error }

err-ranges-unknown-source = non esiste la fonte «{ $id }» (conosciute: { $known })
err-ranges-busy = è già in corso un altro `nuage ranges update` (tiene { $path })
err-ranges-decompress = { $file }: impossibile decomprimerlo: { $error }
err-ranges-shrank = { $file } contiene { $new } prefissi mentre il file attuale ne ha { $old }: ne sparirebbe più della metà, quindi è stato rifiutato (--force lo accetta)
err-ranges-catalogue = { $file }: { $what } «{ $value }» sconosciuto nel catalogo
err-download-refused = { $url }: rifiutato ({ $error })
err-download-status = { $url }: il server ha risposto HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: in quella pagina non c’è nessun link a un file ServiceTags_Public_<data>.json
err-download-gzip = gzip non valido: { $error }
err-zip = archivio zip illeggibile: { $error }
err-parse-syntax = { $format } non valido: { $error }
err-parse-entry = voce { $entry }: { $error }
err-parse-empty = il file non contiene nessun intervallo
err-override = la tua voce provider-ranges per { $prefix }: { $error }
err-asn-read = impossibile leggere il database ASN { $path }: { $error }
err-asn-invalid = il database ASN { $path } non è un MaxMind DB valido: { $error }

err-cannot-read = impossibile leggere { $path }: { $error }
err-cannot-write = impossibile scrivere { $path }: { $error }
err-cannot-create = impossibile creare { $path }: { $error }
err-cannot-lock = impossibile bloccare { $path }: { $error }
err-not-a-folder = { $path } non è una cartella

err-daemon-no-such-user = [daemon] user = «{ $name }»: questo utente non esiste in /etc/passwd
err-daemon-ranges = durante il caricamento degli intervalli di indirizzi dei fornitori: { $error }
err-daemon-secret = segreto degli pseudonimi { $path }: { $error }
err-daemon-privileges = durante la rinuncia ai privilegi: { $error }
err-metrics-not-loopback = l’indirizzo delle metriche { $addr } è raggiungibile da altre macchine; imposta allow-remote = true sotto [metrics] per servirle
err-metrics-bind = impossibile servire le metriche su { $addr }: { $error }
err-demo-empty = la cattura dimostrativa { $path } non contiene nessun pacchetto

dash-store-locked = database bloccato
dash-store-disk-full = disco pieno
dash-store-read-only = database in sola lettura
dash-store-cannot-open = database inaccessibile
dash-store-unusable = database inutilizzabile
dash-store-failed = errore del database
dash-store-folded = (conteggio in memoria; { $count ->
    [one] { $count } riga raggruppata
   *[other] { $count } righe raggruppate
} per ora, totali conservati)
dash-offload = l’accelerazione hardware nasconde il { $hidden } del traffico

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Uso:
cli-more-help = Per saperne di più, prova «{ $help }».
cli-arg-unknown = argomento inatteso «{ $arg }»
cli-command-unknown = comando sconosciuto «{ $name }»
cli-arg-missing-value = «{ $arg }» richiede un valore, ma non ne è stato dato nessuno
cli-arg-invalid-value = valore non valido «{ $value }» per «{ $arg }»
cli-possible-values = valori possibili: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = «{ $value }» non è un numero intero nei limiti ammessi
cli-value-demo-speed = «{ $value }» non è una velocità tra 0 e 100000 (per esempio 60)
cli-value-time-of-day = «{ $value }» non è un’ora del giorno come 07:30
cli-value-run-speed = «{ $value }» non è una velocità: indica un fattore maggiore di 0 (1 = tempo reale, 60 = un minuto al secondo) oppure max
cli-value-format = formato sconosciuto «{ $value }» (scrivi text, md, json, csv o html)
cli-value-network = «{ $value }» non è un prefisso di rete come 192.0.2.0/24 o 2001:db8::/32
cli-arg-required = mancano questi argomenti obbligatori:
cli-command-missing = «{ $name }» richiede un comando, ma non ne è stato dato nessuno
cli-possible-commands = comandi: { $commands }
cli-arg-repeated = «{ $arg }» non può essere indicato più di una volta
cli-arg-conflict = «{ $arg }» non si può usare insieme a «{ $other }»
cli-arg-conflict-many = «{ $arg }» non si può usare insieme a:
cli-arg-too-many = valore inatteso «{ $value }» per «{ $arg }»: non se ne aspettavano altri
cli-invalid-utf8 = un argomento non è testo UTF-8 valido
cli-tip-similar-command = suggerimento: { $count ->
    [one] esiste un comando simile: { $names }
   *[other] esistono comandi simili: { $names }
}
cli-tip-similar-arg = suggerimento: { $count ->
    [one] esiste un’opzione simile: { $names }
   *[other] esistono opzioni simili: { $names }
}
cli-tip-similar-value = suggerimento: { $count ->
    [one] esiste un valore simile: { $names }
   *[other] esistono valori simili: { $names }
}
cli-tip-as-value = suggerimento: per passare «{ $arg }» come valore, scrivi «{ $fix }»
cli-tip-exists = suggerimento: esiste «{ $usage }» (l’opzione va dopo il suo comando)
cli-tip-remove-dashes = suggerimento: il comando «{ $name }» esiste; per usarlo, togli il «--» che lo precede

err-io = { $kind ->
    [not-found] file o cartella inesistente
    [permission-denied] permesso negato
    [is-a-folder] è una cartella, non un file
    [not-a-folder] una parte del percorso non è una cartella
    [read-only] il file system è in sola lettura
    [disk-full] spazio esaurito sul disco
    [exists] esiste già
    [refused] connessione rifiutata
    [timed-out] tempo scaduto
    [address-in-use] l’indirizzo è già in uso
    [address-unavailable] questa macchina non ha questo indirizzo
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: il sistema non è riuscito a leggere o scrivere il file del database (una scheda SD o un disco guasto, o una chiavetta USB rimossa?)
dash-store-io = errore del disco
replay-undecodable-reason = { $reason ->
    [truncated] frame troppo corto per la sua intestazione { $header }
    [link-type] il tipo di collegamento { $link } non è supportato
    [not-ip] non è un pacchetto IP (protocollo di collegamento { $protocol })
   *[malformed] intestazione { $header } malformata
}
ranges-date-from = { $date } ({ $from ->
    [published] pubblicata
    [updated] aggiornata
   *[file-time] data del file
})
err-daemon-reply = { $code ->
    [busy] ci sono troppi programmi collegati; riprova tra un momento
    [unavailable] ora non può rispondere (non riesce a leggere il suo database; guarda il suo registro)
    [not-found] non ha nulla di registrato per ciò che è stato chiesto
   *[protocol] questo nuage e il servizio non si capiscono (uno dei due è più vecchio?): { $message }
}

## --help (session 5)

help-about-nuage = Quanto ci siamo appoggiati oggi al { -big-tech }?
help-body-nuage =
    nuage osserva il traffico di una casa o di un centro sociale e attribuisce ogni flusso al fornitore di Cloud che lo serve.
help-arg-nuage-data-dir = Dove nuage tiene i suoi dati [default: /var/lib/nuage per root, altrimenti ~/.local/share/nuage]
help-arg-nuage-config = File di configurazione [default: /etc/nuage/nuage.toml se esiste]
help-arg-nuage-socket = Il socket di controllo del servizio in esecuzione [default: /run/nuage/nuage.sock per root, altrimenti $XDG_RUNTIME_DIR/nuage/nuage.sock; oppure `[control] socket` nella configurazione]
help-arg-nuage-verbose = Dire di più su ciò che sta succedendo (ripetere per averne di più)
help-arg-nuage-json = Scrivere i dati in JSON (un oggetto, o uno per riga per gli elenchi)
help-arg-nuage-lang = Lingua dei messaggi: en, es, ca, fr, de, pt, el, ro, it [default: `lang` della configurazione, poi LC_ALL / LC_MESSAGES / LANG, poi en]
help-about-lookup = Quale fornitore serve un indirizzo, e perché
help-arg-lookup-addresses = Indirizzi da cercare (IPv4, IPv6, IPv4 mappato o NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Leggere indirizzi anche dallo standard input, uno per riga
help-about-ranges = Elenchi di intervalli dei fornitori: da dove vengono, quanto sono aggiornati, come aggiornarli
help-about-ranges-sources = Elencare le fonti ufficiali: id, URL e il nome di file che `update --from` si aspetta
help-about-ranges-status = Per fonte: data, età, numero di prefissi e se è scaduta
help-about-ranges-update = Scaricare ogni fonte ufficiale (o importarle da una cartella) e metterle in uso
help-body-ranges-update =
    Ogni file viene controllato per intero prima di sostituire quello in uso; una fonte che
    fallisce mantiene il file precedente. I download sono solo via HTTPS. Con
    `[ranges] mirror = "URL"` nella configurazione, ogni file viene preso da URL/<file> (nomi
    come li elenca `nuage ranges sources`). Il semplice http:// è accettato solo per questa
    macchina (127.0.0.0/8, ::1, localhost), ed è ciò che usano i test.
help-arg-ranges-update-from = Importare i file da questa cartella (p. es. una chiavetta USB) invece di scaricarli
help-arg-ranges-update-force = Accettare un elenco che si è ridotto di oltre la metà
help-arg-ranges-update-sources = Solo queste fonti (id da `nuage ranges sources`)
help-about-replay = Contare il traffico di file di cattura, alla velocità con cui si leggono
help-arg-replay-files = File di cattura (pcap o pcapng), letti nell'ordine dato
help-arg-replay-flows = Scrivere ogni flusso invece del riepilogo, un oggetto JSON per riga
help-arg-replay-lan = Un prefisso che fa parte della rete locale, oltre agli intervalli privati (ripetibile)
help-about-run = Funzionare come servizio: catturare, contare e conservare i numeri nel database
help-body-run =
    Le impostazioni vengono dal file di configurazione ([daemon] e [store], vedi
    nuage.example.toml); le opzioni date qui prevalgono. SIGTERM/SIGINT scrivono ciò che è
    stato contato ed escono; SIGHUP ricarica gli intervalli dei fornitori, la privacy e il luogo.
help-arg-run-interfaces = Interfaccia su cui catturare (ripetibile) [default: [daemon] interfaces, altrimenti quella della rotta predefinita]
help-arg-run-pcap = Far passare questo file di cattura per la stessa strada invece di catturare
help-arg-run-speed = Con --pcap: N volte il tempo reale (60 = un minuto al secondo), o `max`
help-arg-run-looped = Con --pcap: ricominciare quando il file finisce, ogni passata nel giorno o nei giorni seguenti
help-arg-run-flush-secs = Secondi tra due scritture nel database [default: [daemon] flush-secs, 60]
help-arg-run-tz = Fuso orario IANA in cui si contano i giorni [default: [daemon] tz, altrimenti quello del sistema]
help-arg-run-tui = Mostrare la dashboard dal vivo in questo terminale durante la cattura (uscire con q; la cattura si ferma e ciò che è stato contato viene scritto)
help-arg-run-user = Utente senza privilegi da diventare dopo aver aperto le catture [default: [daemon] user, altrimenti `nuage` se esiste]
help-arg-run-lan = Un prefisso che fa parte della rete locale, oltre agli intervalli privati (ripetibile)
help-about-demo = Una dashboard viva con la giornata della casa dimostrativa, riprodotta veloce (senza root, senza servizio)
help-body-demo =
    Riproduce demo/household.pcap (una casa inventata l'8 marzo) attraverso l'elaborazione
    vera, 60 volte più veloce del tempo reale, in ciclo, un giorno più tardi a ogni giro.
help-arg-demo-speed = Quante volte più veloce del tempo reale scorre la giornata
help-arg-demo-from = Ora del giorno in cui parte la riproduzione (HH:MM); i pacchetti precedenti vengono contati subito
help-arg-demo-file = Riprodurre questa cattura invece della casa dimostrativa
help-about-top = La dashboard dal vivo del servizio in esecuzione (tramite il suo socket di controllo), o di un database
help-arg-top-db = Leggere direttamente questo database, senza servizio (non dal vivo: niente velocità né flussi)
help-about-report = Il riepilogo di una giornata da condividere: testo, Markdown, JSON, CSV o una pagina HTML
help-arg-report-day = Il giorno locale: AAAA-MM-GG, today o yesterday [default: today]
help-arg-report-from = Primo giorno di un periodo (con --to)
help-arg-report-to = Ultimo giorno di un periodo, incluso (con --from)
help-arg-report-baseline = La giornata abituale con cui confrontare: `none`, o FROM..TO (p. es. 2027-03-01..2027-03-07) [default: lo stesso giorno della settimana nelle quattro settimane precedenti con dati]
help-arg-report-format = text, md, json, csv o html (--json vuol dire json)
help-arg-report-per-device = Aggiungere una sezione per dispositivo, quando l'impostazione di privacy conserva i dispositivi
help-arg-report-out = Scrivere il rapporto in FILE invece che sullo standard output
help-arg-report-db = Il database dei consumi [default: nuage.db nella cartella dei dati]
help-arg-report-time-zone = Fuso orario IANA dei giorni (Europe/Brussels) [default: quello del sistema]
help-about-report-merge = Unire i rapporti JSON di più luoghi in un rapporto collettivo (senza dettagli per dispositivo)
help-arg-report-merge-files = Rapporti JSON scritti da `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv o html (--json vuol dire json)
help-arg-report-merge-out = Scrivere il rapporto in FILE invece che sullo standard output
help-heading-commands = Comandi
help-heading-arguments = Argomenti
help-heading-options = Opzioni
help-heading-examples = Esempi
help-heading-example = Esempio
help-flag-help = Mostrare l'aiuto
help-flag-help-more = Mostrare l'aiuto (di più con '--help')
help-flag-help-summary = Mostrare l'aiuto (un riassunto con '-h')
help-flag-version = Mostrare la versione
help-command-help = Mostrare questo messaggio o l'aiuto dei comandi indicati
