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
no-baseline-yet = non ci sono ancora { $weekday ->
    [monday] lunedì precedenti
    [tuesday] martedì precedenti
    [wednesday] mercoledì precedenti
    [thursday] giovedì precedenti
    [friday] venerdì precedenti
    [saturday] sabati precedenti
   *[sunday] domeniche precedenti
} con cui confrontare
time-range = dal { $from } al { $to }
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
local-network = rete locale

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

headline = quota del traffico che oggi si è appoggiata al { -big-tech }
headline-sentence = oggi il { $share } del nostro traffico si è appoggiato al { -big-tech }
headline-place = { $place }: quota del traffico che oggi si è appoggiata al { -big-tech }
status-live = in diretta
status-paused = in pausa
status-updated = aggiornato alle { $time }
status-no-traffic = oggi ancora nessun traffico
view-providers = Fornitori
view-services = Servizi
view-devices = Dispositivi
view-timeline = Andamento
view-flows = Flussi
col-provider = Fornitore
col-service = Servizio
col-device = Dispositivo
col-share = Quota
col-traffic = Traffico
col-up = Inviati
col-down = Ricevuti
col-flows = Flussi
col-group = Gruppo
col-time = Ora
devices-hidden = I dispositivi non sono mostrati (impostazione di privacy «{ $privacy }»).
timeline-minutes-ago = { $minutes ->
    [one] { $minutes } minuto fa
   *[other] { $minutes } minuti fa
}
timeline-hour = ore { $hour }
help-title = Tasti
key-quit = esci
key-pause = pausa / riprendi
key-next-view = vista successiva
key-previous-view = vista precedente
key-up-down = su / giù
key-sort = cambia ordinamento
key-previous-day = giorno precedente
key-next-day = giorno successivo
key-today = torna a oggi
key-help = mostra / nascondi questo aiuto

## Units

unit-flows = { $count ->
    [one] { $count } flusso
   *[other] { $count } flussi
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivi
}
unit-providers = { $count ->
    [one] { $count } fornitore
   *[other] { $count } fornitori
}
unit-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
unit-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
unit-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = Cosa questi numeri non possono dire
report-summary = Il { $share } del traffico Internet di { $place } si è appoggiato al { -big-tech } ({ $big_tech } su { $total }).
report-method = nuage osserva il traffico tra questa rete e Internet, mai il suo contenuto. Ogni connessione viene contata una volta, in byte in entrambe le direzioni, e attribuita all'azienda che gestisce il server, in base alle liste di indirizzi pubblicate dagli stessi fornitori e al registro di chi possiede quale rete. Il servizio viene riconosciuto dalla parte pubblica di ogni connessione (il nome chiesto al DNS o annunciato all'apertura di una connessione sicura). Il traffico interno alla rete locale è contato a parte e non entra nella quota.
report-caveat-cdn = Le reti di distribuzione dei contenuti servono molte aziende: il loro traffico è attribuito alla rete, non al sito visitato.
report-caveat-encrypted-dns = I dispositivi che cifrano le richieste di nomi (DNS cifrato) rendono i servizi più difficili da riconoscere; il loro traffico è comunque contato per fornitore.
report-caveat-lists = Le liste dei fornitori cambiano: un indirizzo passato a un'altra azienda dopo l'ultimo aggiornamento può essere attribuito in modo errato.
report-caveat-vpn = Il traffico che passa da una VPN è attribuito al fornitore della VPN, qualunque cosa viaggi al suo interno.
report-caveat-bytes = I byte non sono energia né emissioni: qui un byte di video pesa quanto un byte di un messaggio.
report-generated = Generato da nuage { $version } il { $date } alle { $time }.

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
