# nuage — español.

-big-tech = nube de las Big Tech

## Language choice

lang-unknown = idioma desconocido «{ $name }»; nuage sigue en inglés. Disponibles: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] lunes
    [tuesday] martes
    [wednesday] miércoles
    [thursday] jueves
    [friday] viernes
    [saturday] sábado
   *[sunday] domingo
}
month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
weekday-short = { $weekday ->
    [monday] lun
    [tuesday] mar
    [wednesday] mié
    [thursday] jue
    [friday] vie
    [saturday] sáb
   *[sunday] dom
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } de { month-name } de { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] respecto a un lunes habitual
    [tuesday] respecto a un martes habitual
    [wednesday] respecto a un miércoles habitual
    [thursday] respecto a un jueves habitual
    [friday] respecto a un viernes habitual
    [saturday] respecto a un sábado habitual
   *[sunday] respecto a un domingo habitual
}
change-vs-usual = { $change } { vs-usual }
no-baseline-yet = aún no hay { $weekday ->
    [monday] lunes
    [tuesday] martes
    [wednesday] miércoles
    [thursday] jueves
    [friday] viernes
    [saturday] sábados
   *[sunday] domingos
} anteriores con los que comparar
time-range = de { $from } a { $to }
days-short = { $days } d

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] otras nubes y alojamiento
    [cdn] redes de distribución de contenidos
    [streaming] redes de streaming
   *[other] otros
}
no-provider-list = en ninguna lista de proveedores
unknown-device = dispositivo desconocido
local-network = red local

## Command line: errors a user sees

error-loading-ranges = al cargar los rangos de los proveedores
error-bundled-catalogue = al leer el catálogo incluido
error-reading-stdin = al leer la entrada estándar
error-writing-report = al escribir el informe
error-writing-flows = al escribir los flujos

## nuage lookup

lookup-need-addresses = indica una o más direcciones, o --stdin
lookup-bad-address = { $text } no es una dirección IPv4 ni IPv6
lookup-no-match = no coincide con ninguna lista de proveedores
lookup-matched = { $prefix } según { $source } ({ $origin })

## nuage replay

replay-captured = Capturado de { $from } a { $to }: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-internet = Internet: { $up } de subida, { $down } de bajada, { $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
}
replay-lan = Red local: { $size } ({ $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
}, { $non_ip ->
    [one] { $non_ip } trama no IP
   *[other] { $non_ip } tramas no IP
})
replay-big-tech-share = Porcentaje del tráfico de Internet en la { -big-tech }: { $share }
replay-by-group = Por grupo:
replay-by-provider = Por proveedor:
replay-decided-by = decidido por la infraestructura y el servicio: { $both }, solo por la infraestructura: { $infrastructure }, solo por el servicio: { $service }
replay-encrypted-dns = DNS cifrado (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
}
replay-by-service = Por servicio (propietario · infraestructura):
replay-by-domain = Nombres sin regla de servicio (dominio registrable):
replay-by-network = Otras redes (base de datos ASN):
replay-and-more = … y { $count } más
replay-provider-origin = Proveedor determinado por:
replay-by-device = Por dispositivo:
replay-undecodable = Sin descodificar: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-flow-table = Tabla de flujos: { $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
}, { $evicted } descartados al llegar al límite de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = PROVEEDOR
ranges-col-format = FORMATO
ranges-col-every = CADA
ranges-col-save-as = GUARDAR COMO
ranges-col-url = URL
ranges-all-providers = (todos)
ranges-offline-howto = Para actualizar una máquina sin Internet: descarga cada URL desde otro equipo, guarda los archivos en una carpeta con los nombres de GUARDAR COMO y ejecuta `nuage ranges update --from CARPETA`.
ranges-note-discover = { $id }: la URL es una página; descarga el archivo al que enlaza y guárdalo como { $file }
ranges-note-placeholders = { $id }: sustituye {"{"}YYYY{"}"} y {"{"}MM{"}"} por el año y el mes actuales
ranges-note-gzip = { $id }: la descarga viene comprimida con gzip; guárdala como { $file }, comprimida o no
ranges-note-zip = { $id }: la descarga es un zip; guárdala como { $file } tal cual, o con sus archivos unidos
ranges-note-licence = { $id }: licencia: { $licence }

## nuage ranges status

ranges-col-source = FUENTE
ranges-col-file = ARCHIVO
ranges-col-date = FECHA
ranges-col-age = ANTIGÜEDAD
ranges-col-state = ESTADO
ranges-state-not-imported = sin importar
ranges-state-unreadable = ILEGIBLE: { $error }
ranges-state-stale = CADUCADA
ranges-state-ok = ok
ranges-bundled = Instantánea incluida: { $date }; prefijos derivados de ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicados: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (hace { $days } d)
ranges-undated = sin fecha
ranges-stale-hint = Las listas CADUCADAS tienen más del doble de su periodo de publicación: ejecuta `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefijo
   *[other] { $count } prefijos
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: sin cambios en el servidor
ranges-unchanged = { $id }: sin cambios, { $prefixes }
ranges-not-in-dir = { $id }: { $file } no está en { $dir }, se omite
ranges-failed-kept = { $id }: ERROR: { $error }; se sigue usando el archivo anterior
ranges-failed-bundled = { $id }: ERROR: { $error }; aún no se ha importado nada, se sigue usando la instantánea incluida
ranges-from-empty = { $dir } no contiene ninguno de los archivos esperados (consulta sus nombres con `nuage ranges sources`)

## Dashboard

headline = porcentaje del tráfico que hoy dependió de la { -big-tech }
headline-sentence = hoy el { $share } de nuestro tráfico dependió de la { -big-tech }
headline-place = { $place }: porcentaje del tráfico que hoy dependió de la { -big-tech }
status-live = en directo
status-paused = en pausa
status-updated = actualizado a las { $time }
status-no-traffic = hoy aún no se ha visto tráfico
view-providers = Proveedores
view-services = Servicios
view-devices = Dispositivos
view-timeline = Evolución
view-flows = Flujos
col-provider = Proveedor
col-service = Servicio
col-device = Dispositivo
col-share = Porcentaje
col-traffic = Tráfico
col-up = Subida
col-down = Bajada
col-flows = Flujos
col-group = Grupo
col-time = Hora
devices-hidden = No se muestran los dispositivos (privacidad: «{ $privacy }»).
timeline-minutes-ago = { $minutes ->
    [one] hace { $minutes } minuto
   *[other] hace { $minutes } minutos
}
timeline-hour = { $hour } h
help-title = Teclas
key-quit = salir
key-pause = pausar / reanudar
key-next-view = vista siguiente
key-previous-view = vista anterior
key-up-down = subir / bajar
key-sort = cambiar el orden
key-previous-day = día anterior
key-next-day = día siguiente
key-today = volver a hoy
key-help = mostrar / ocultar esta ayuda

## Units

unit-flows = { $count ->
    [one] { $count } flujo
   *[other] { $count } flujos
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivos
}
unit-providers = { $count ->
    [one] { $count } proveedor
   *[other] { $count } proveedores
}
unit-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
unit-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
unit-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
unit-mbit-per-second = { $rate } Mbit/s

## Reports

report-title = ¿Cuánto dependimos de la { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = Del { $from } al { $to }
report-section-summary = Resumen
report-section-providers = Proveedores
report-section-services = Servicios
report-section-devices = Dispositivos
report-section-timeline = A lo largo del día
report-section-baseline = Comparado con un día habitual
report-section-method = Cómo cuenta nuage
report-section-caveats = Lo que estas cifras no dicen
report-summary = El { $share } del tráfico de Internet de { $place } dependió de la { -big-tech } ({ $big_tech } de { $total }).
report-method = nuage observa el tráfico entre esta red e Internet, nunca su contenido. Cada conexión se cuenta una vez, en bytes en ambos sentidos, y se atribuye a la empresa que gestiona el servidor, según las listas de direcciones que publican los propios proveedores y el registro de quién es dueño de cada red. El servicio se identifica por la parte pública de cada conexión (el nombre que se pide al DNS o el que se anuncia al abrir una conexión segura). El tráfico dentro de la red local se cuenta aparte y no entra en el porcentaje.
report-caveat-cdn = Las redes de distribución de contenidos sirven a muchas empresas: su tráfico se atribuye a la red, no al sitio que se visitó.
report-caveat-encrypted-dns = Los dispositivos que cifran sus consultas de nombres (DNS cifrado) hacen más difícil identificar los servicios; su tráfico se sigue contando por proveedor.
report-caveat-lists = Las listas de los proveedores cambian: una dirección que haya pasado a otra empresa desde la última actualización puede atribuirse a quien no toca.
report-caveat-vpn = El tráfico que pasa por una VPN se atribuye al proveedor de la VPN, viaje lo que viaje dentro.
report-caveat-bytes = Los bytes no son energía ni emisiones: aquí un byte de vídeo pesa lo mismo que un byte de un mensaje.
report-generated = Generado por nuage { $version } el { $date } a las { $time }.

## dashboard (session 3)
dash-no-place = este lugar
dash-live = en directo
dash-paused = en pausa
dash-not-live = en diferido
dash-history = historial
dash-from-database = leyendo { $path }
dash-tab-overview = Resumen
dash-help-hint = ? ayuda
dash-headline-title = Peso de la { -big-tech }
dash-headline-no-data = Todavía no se ha contado tráfico de Internet este día.
dash-no-baseline = aún no hay un día habitual con el que comparar
dash-share-of = { $big_tech } de { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } respecto a un día habitual ({ $usual })
dash-providers-title = Quién llevó el tráfico
dash-timeline-title = A lo largo del día ({ $bucket }, máximo { $peak })
dash-per-minutes = cada { $minutes } min
dash-per-hours = { $hours ->
    [one] por hora
   *[other] cada { $hours } h
}
dash-flows-title = Flujos actuales
dash-cat-other-clouds = Otras nubes/CDN
dash-cat-other-networks = Otras redes
dash-cat-lan = Dentro (red local)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = resto
dash-legend-now = ahora
dash-col-service-carrier = Servicio · infraestructura
dash-col-named-by = Identificado por
dash-col-lan = Red local
dash-col-remote = Destino
dash-col-rate = Ahora ↓/↑
dash-col-rate-now = ahora
dash-unnamed-service = Sin nombre
dash-unknown-network = red desconocida
dash-source-address = dirección
dash-flows-hidden = No hay flujos actuales que mostrar (o la configuración de privacidad los oculta).
dash-flows-not-live = Los flujos solo se muestran en directo, para hoy.
dash-empty-list = Aún no se ha contado nada.
dash-no-day-data = No hay datos guardados para este día.
dash-sort-traffic = tráfico
dash-sort-big-tech = Big Tech primero
dash-sort-name = nombre
dash-sort-rate = velocidad actual
dash-sorted-by = orden: { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unidades: { $units }
dash-capture-ok = captura correcta
dash-interface-down = caída
dash-no-capture = sin captura
dash-dropped = { $count ->
    [one] { $count } perdido
   *[other] { $count } perdidos
}
dash-not-saving = no se guarda: { $error }
dash-ranges-version = rangos { $version }
dash-footer-hints = Tab vista  ←/→ día  s orden  u unidades  p pausa  ? ayuda  q salir
dash-help-close = Pulsa cualquier tecla para cerrar.
dash-help-views = vista siguiente / anterior
dash-help-move = moverse por una lista
dash-help-page = avanzar una página
dash-help-sort = cambiar el orden
dash-help-pause = pausar / reanudar la actualización
dash-help-days = día anterior / siguiente
dash-help-units = unidades: bytes o bits, kB o KiB
dash-help-help = esta ayuda
dash-help-mouse-key = ratón
dash-help-mouse = desplazar listas, clic en el nombre de una vista
dash-too-small =
    El terminal es demasiado pequeño
    para el panel (al menos { $width }×{ $height }).
dash-needs-terminal = { $command } dibuja un panel y necesita un terminal (la salida estándar no lo es)
