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

view-services = Servicios
view-devices = Dispositivos
view-flows = Flujos
col-provider = Proveedor
col-service = Servicio
col-device = Dispositivo
col-share = Porcentaje
col-traffic = Tráfico
devices-hidden = No se muestran los dispositivos (privacidad: «{ $privacy }»).
help-title = Teclas
key-quit = salir
key-today = volver a hoy

## Units

unit-flows = { $count ->
    [one] { $count } flujo
   *[other] { $count } flujos
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivos
}
unit-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

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
report-caveat-cdn = Las redes de distribución de contenidos sirven a muchas empresas: su tráfico se atribuye a la red, no al sitio que se visitó.
report-caveat-bytes = Los bytes no son energía ni emisiones: aquí un byte de vídeo pesa lo mismo que un byte de un mensaje.

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

## report (session 3)
# Informe (nuage report) en sus formatos legibles, y los ids que muestran nuage replay y
# nuage lookup. Los recuentos llegan como números (plurales); tamaños, porcentajes, fechas
# y horas llegan ya formateados, como texto.

report-title-collective = ¿Cuánto dependimos de la { -big-tech }? Todos los lugares juntos
report-section-groups = Tipos de proveedor
report-section-networks = Otras redes
report-section-days = Día a día
report-section-health = Hasta qué punto están completas estas cifras
report-section-places = Lugares
report-headline = El { $share } de nuestro tráfico de Internet ({ $total } en total) fue hacia la { -big-tech } o vino de ella.
report-headline-collective = Entre { $places ->
    [one] un lugar
   *[other] { $places } lugares
}, el { $share } del tráfico de Internet fue hacia la { -big-tech } o vino de ella (entre el { $min } y el { $max } según el lugar).
report-baseline-sentence = { $direction ->
    [less] Son { $points } puntos porcentuales menos que en un día habitual ({ $usual } de media en { $days ->
        [one] un día
       *[other] { $days } días
    }).
   *[more] Son { $points } puntos porcentuales más que en un día habitual ({ $usual } de media en { $days ->
        [one] un día
       *[other] { $days } días
    }).
}
report-baseline-method = { $method ->
    [same-weekday] el mismo día de la semana en las semanas anteriores
    [previous-weeks] las cuatro semanas anteriores
    [range] los días indicados
   *[places] el día habitual de cada lugar
}
report-baseline-days = Día habitual: { $how }.
report-baseline-days-list = Día habitual: { $how } ({ $days }).
report-no-data = No se registró ningún tráfico.
report-more = … y { $count } más
report-points = { $points } p. p.
report-row-internet = Tráfico de Internet
report-row-share = Porcentaje de la nube de las Big Tech
report-row-internet-value = { $total } ({ $up } de subida, { $down } de bajada)
report-row-lan = Dentro del lugar (red local)
report-row-by-bytes = Nube de las Big Tech, en bytes
report-row-by-flows = en conexiones
report-row-by-flows-value = { $share } ({ $big_tech } de { $flows ->
    [one] { $flows } conexión
   *[other] { $flows } conexiones
})
report-row-by-minutes = en minutos con actividad
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
})
report-row-by-infrastructure = por la infraestructura
report-row-by-service-only = solo por quién es dueño del servicio
report-col-provider = Proveedor
report-col-group = Tipo
report-col-traffic = Tráfico
report-col-share = Porcentaje
report-col-service = Servicio
report-col-owner = Dueño
report-col-carried-by = Servido por
report-col-hour = Hora
report-col-day = Día
report-col-big-tech = Nube de las Big Tech
report-col-other = Resto de Internet
report-col-lan = Red local
report-col-device = Dispositivo
report-col-usual = Día habitual
report-col-now = Esta vez
report-col-change = Cambio
report-col-place = Lugar
report-col-network = Red
report-col-layer = Atribuido según
report-col-decision = Cuenta como nube de las Big Tech por
report-big-tech-mark = Big Tech
report-unknown = desconocido
report-not-recorded = sin registrar
report-other-networks = Otras redes
report-unnamed = Sin identificar
report-group = { $group ->
    [big-tech] Nube de las Big Tech
    [cloud] Otras nubes y alojamiento
    [cdn] Redes de distribución de contenidos
    [streaming] Redes de streaming
    [none] Redes que ninguna lista conoce
   *[other] Indicados en tu configuración
}
report-layer = { $layer ->
    [official] Listas de direcciones de los propios proveedores
    [asn] Instantánea incluida de sus redes (ASN)
    [mmdb] Base de datos de redes (ASN)
    [user] Tu propia configuración
   *[unattributed] Sin atribuir
}
report-decision = { $decision ->
    [both] su infraestructura y su servicio
    [infrastructure] solo su infraestructura
    [service] solo su servicio (infraestructura ajena)
   *[neither] no es nube de las Big Tech
}
report-chart-gauge = Porcentaje del tráfico de Internet en la nube de las Big Tech
report-chart-providers = Tráfico por proveedor
report-chart-timeline = Tráfico por hora: nube de las Big Tech (oscuro) y resto de Internet (claro)
report-chart-timeline-days = Tráfico por día: nube de las Big Tech (oscuro) y resto de Internet (claro)
report-chart-baseline = Porcentaje de la nube de las Big Tech: un día habitual y esta vez
report-health-minutes = Minutos con tráfico: { $with } de { $all }.
report-health-gaps = Cortes sin captura: { $gaps } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}).
report-health-dropped = Paquetes perdidos por la captura: { $dropped }.
report-health-clock-jumps = Saltos del reloj: { $jumps }.
report-health-unattributed = Sin atribuir a ningún proveedor: { $size } ({ $share }).
report-health-unnamed = Sin identificar (ningún servicio reconocido): { $size }.
report-health-ranges = Listas de direcciones de los proveedores del { $date } (con { $days ->
    [one] { $days } día
   *[other] { $days } días
} de antigüedad).
report-health-ranges-undated = Listas de direcciones de los proveedores: fecha desconocida.
report-health-gap = Corte desde el { $start }, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
report-caveat-daemon = Leído del servicio nuage en marcha, que no informa de cortes, pérdidas ni saltos del reloj: compruébalos con `nuage report --db`.
report-caveat-gap = No se capturó nada durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}: los totales reales son más altos.
report-caveat-dropped = La captura perdió algunos paquetes: los totales se quedan un poco cortos.
report-caveat-clock = El reloj saltó durante la captura: algunos minutos pueden estar en la hora equivocada.
report-caveat-unattributed = El { $share } del tráfico fue a direcciones que ninguna lista atribuye: el porcentaje de las Big Tech puede ser mayor.
report-caveat-old-lists = Las listas de direcciones de los proveedores son antiguas: ejecuta `nuage ranges update`.
report-methods-rule = El tráfico cuenta como { -big-tech } cuando la dirección a la que fue pertenece a la infraestructura de una gran tecnológica, O cuando el servicio que hay detrás es suyo (YouTube servido desde una caché dentro de tu proveedor de Internet sigue siendo Google). Las empresas: { $companies }.
report-methods-attribution = Las direcciones se atribuyen con las listas que publican los propios proveedores y, después, con una instantánea incluida de sus redes (ASN). Los servicios se identifican por las respuestas DNS, los nombres de servidor TLS y QUIC y las cabeceras Host de HTTP que pasan por la red; nuage nunca guarda el contenido de ningún tráfico.
report-methods-blind = Lo que no se puede ver: los nombres consultados con DNS cifrado (DoH, DoT), las conexiones que ocultan el nombre del servidor (ECH) y todo lo que va dentro de una VPN o un proxy, que cuenta para el proveedor de la VPN. El tráfico que nunca pasó por esta red (datos móviles) no se cuenta.
report-methods-privacy = Privacidad durante la captura: { $privacy ->
    [full] completa (dispositivos por su dirección física)
    [devices-anonymous] dispositivos con seudónimo
    [aggregate] solo totales, sin dispositivos
   *[mixed] distinta en cada lugar
}.
report-merged-note = Combinado a partir de los informes propios de { $places ->
    [one] un lugar
   *[other] { $places } lugares
}. No se traslada ningún detalle de los dispositivos.
origin-name = { $origin ->
    [official] listas de los propios proveedores
    [asn] instantánea incluida de redes (ASN)
    [mmdb] base de datos ASN (mmdb)
    [user] tu propia configuración
   *[none] sin atribuir
}
lookup-asn-database = AS{ $asn } según la base de datos ASN (mmdb)
lookup-asn-no-provider = no coincide con ninguna lista de proveedores; red { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } es una fecha futura (hoy es { $today } en { $zone })
report-error-not-a-date = { $option }: «{ $text }» no es una fecha (se espera AAAA-MM-DD, today o yesterday)
report-error-from-after-to = --from { $from } es posterior a --to { $to }
report-error-too-long = un informe abarca como máximo { $days } días ({ $period } es más largo)
report-error-no-data = no hay tráfico registrado para { $period } en { $source }: { $hint }
report-error-no-database = no hay base de datos de uso en { $db }
report-error-no-source = no hay base de datos de uso en { $db } ni ningún servicio nuage en { $socket }: arranca primero el servicio o indica --db RUTA
report-period-dates = del { $from } al { $to }
report-source-daemon = el servicio nuage en marcha
report-hint-database = la base de datos tiene datos del { $from } al { $to }
report-hint-database-empty = la base de datos aún no tiene tráfico
report-hint-daemon = el servicio tiene datos del { $from } al { $to }
report-hint-daemon-empty = el servicio aún no tiene tráfico
report-notice-aggregate = la privacidad está en `aggregate`: no se guardan dispositivos, así que el informe no tiene sección por dispositivo
report-notice-no-baseline = ninguno de los días de referencia tiene datos; el informe no incluye comparación

## command line (session 4)
cli-dashboard = al mostrar el panel
cli-start-thread = al lanzar una tarea en segundo plano
cli-signals = al preparar la parada por señal
cli-starting-run = al arrancar nuage run
cli-running = mientras contaba
cli-loading-services = al cargar el catálogo de servicios
cli-writing-file = al escribir { $path }
cli-demo-open = al abrir la captura de demostración { $path }
cli-demo-household = hogar de demostración
cli-unknown-error = error desconocido
cli-unsaved-rows = { $count ->
    [one] { $count } fila no se pudo escribir en la base de datos
   *[other] { $count } filas no se pudieron escribir en la base de datos
}: { $error }
cli-flush-secs = --flush-secs { $value }: indica entre { $min } y { $max } segundos
cli-no-day-before = { $option }: no hay ningún día antes del { $today }
cli-baseline-syntax = --baseline «{ $spec }»: escribe `none` o DESDE..HASTA (por ejemplo 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline «{ $spec }»: el { $from } va después del { $to }
cli-baseline-too-long = --baseline «{ $spec }»: como mucho { $days } días
cli-older-daemon = el servicio nuage en marcha es más antiguo que este nuage y solo responde día a día: actualízalo, o indica --db RUTA para un informe de varios días
cli-top-hint = ¿está funcionando `nuage run`? (`nuage demo` enseña el panel sin servicio)
cli-top-no-snapshot = el servicio en { $socket } no envió ningún estado: { $error }
cli-top-closed = el servicio en { $socket } cerró la conexión

err-config-read = no se puede leer el archivo de configuración { $path }: { $error }
err-config-line-key = archivo de configuración { $path }, línea { $line }, clave «{ $key }»: { $problem }
err-config-line = archivo de configuración { $path }, línea { $line }: { $problem }
err-config-key = archivo de configuración { $path }, clave «{ $key }»: { $problem }
err-config-file = archivo de configuración { $path }: { $problem }
err-config-unknown-key = nuage no conoce ninguna clave «{ $key }» aquí (¿una errata?); esta sección admite: { $expected }
err-unknown-lang = nuage no habla «{ $name }»; elige entre { $available }
err-config-flush-secs = { $value } segundos está fuera de los límites: indica entre { $min } y { $max }
err-config-capture-buffer = { $value } MiB está fuera de los límites: indica entre { $min } y { $max }
err-config-zero-days = 0 días borraría todas las filas de golpe: indica al menos 1
err-config-pending-rows = { $value } es muy poco: indica al menos { $min }
err-config-host-bits = el prefijo { $prefix } tiene bits de host (¿querías decir { $network }?)
err-config-socket-length = la ruta del socket debe tener de 1 a { $max } bytes, no { $len }
err-config-metrics-remote = { $listen } es accesible desde otras máquinas: usa 127.0.0.1 (o ::1), o añade allow-remote = true bajo [metrics]

err-capture-open = no se puede abrir el archivo de captura { $path }: { $error }
err-capture-too-short = no se puede abrir el archivo de captura { $path }: solo tiene { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}, demasiado poco para ser una captura
err-capture-corrupt-at = el archivo de captura { $path } está cortado o dañado en el byte { $offset } (tras { $packets ->
    [one] { $packets } paquete
   *[other] { $packets } paquetes
}): { $error }
err-capture-corrupt = el archivo de captura { $path } está cortado o dañado tras { $packets ->
    [one] { $packets } paquete
   *[other] { $packets } paquetes
}: { $error }
err-capture-interface = no se puede capturar en la interfaz { $interface }: { $error }
err-capture-filter = el filtro de captura «{ $filter }» en { $interface } no es válido: { $error }
err-capture-read = falló la lectura de la interfaz { $interface }: { $error }
err-capture-no-default = no hay ruta por defecto (en /proc/net/route ni en /proc/net/ipv6_route): indica la interfaz en la que capturar
err-capture-timeout = no llegó ningún paquete en el tiempo de espera
err-daemon-capture-permission = { $error }: para capturar hace falta root o la capacidad CAP_NET_RAW (mira el README: ejecutarlo como servicio)

err-store-locked = { $path }: otro programa tiene bloqueada la base de datos (¿hay otro nuage en marcha?)
err-store-corrupt = { $path } no es una base de datos SQLite legible (dañada, o es otro tipo de archivo); no se ha tocado: apártala para empezar una nueva
err-store-not-nuage = { $path } es la base de datos SQLite de otra aplicación ({ $tables ->
    [one] { $tables } tabla
   *[other] { $tables } tablas
}); no se ha tocado: dale a nuage una ruta propia
err-store-too-new = { $path }: la versión de esquema { $found } es más nueva de lo que entiende este nuage ({ $supported }); no se ha tocado: actualiza nuage
err-store-too-old = { $path }: la versión de esquema { $found } es anterior a { $supported }, y abriéndola solo para leer no se puede actualizar: arranca `nuage run` una vez para hacerlo
err-store-read-only = { $path }: no se puede escribir en la base de datos (archivo, carpeta o sistema de archivos de solo lectura)
err-store-disk-full = { $path }: el disco está lleno
err-store-cannot-open = { $path }: no se puede abrir ni crear el archivo de la base de datos (¿existe su carpeta y puede nuage escribir en ella?)
err-store-invalid-data = { $path }: un valor guardado que este nuage no sabe leer ({ $error })
err-store-sqlite = { $path }: error de la base de datos ({ $error })
err-store-time-zone = zona horaria desconocida «{ $name }» (escribe un nombre IANA como Europe/Madrid): { $error }
err-db-missing = no hay base de datos en { $path } (`nuage run` crea nuage.db en su carpeta de datos)
err-db-open = no se puede leer la base de datos { $path }: { $error }
err-db-shm = { $shm } pertenece a un `nuage run` en marcha y este usuario no puede escribir en él, cosa necesaria para leer junto al servicio: ejecuta la orden como el usuario del servicio (`sudo -u nuage`), o usa `nuage top` sin --db, por el socket del servicio

err-client-not-running = no hay ningún servicio nuage en { $path } ({ $error })
err-client-io = socket de control: { $error }
err-client-refused = el servicio rechazó la petición «{ $request }»: { $error }
err-client-protocol = la respuesta del servicio no tiene sentido para este nuage: { $error }
err-client-closed = el servicio cerró la conexión

err-merge-read = no se puede leer { $path }: { $error }
err-merge-parse = { $path } no es un informe de nuage (JSON): { $error }
err-merge-no-version = { $path } no tiene schema_version: ¿lo escribió `nuage report --format json`?
err-merge-version = { $path } tiene la versión de esquema de informe { $found } y este nuage lee la versión { $expected }: vuelve a generarlo con la misma versión de nuage
err-merge-collective = { $path } ya es un informe colectivo: combina mejor los informes propios de cada lugar
err-merge-empty = nada que combinar: indica al menos un informe
err-render-json = al escribir el informe en JSON: { $error }

err-ranges-unknown-source = no existe la fuente «{ $id }» (conocidas: { $known })
err-ranges-busy = ya hay otro `nuage ranges update` en marcha (tiene { $path })
err-ranges-decompress = { $file }: no se puede descomprimir: { $error }
err-ranges-shrank = { $file } contiene { $new } prefijos y el archivo actual { $old }: desaparecería más de la mitad, así que se ha rechazado (--force lo acepta)
err-ranges-catalogue = { $file }: { $what } «{ $value }» desconocido en el catálogo
err-download-refused = { $url }: rechazada ({ $error })
err-download-status = { $url }: el servidor respondió HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: esa página no tiene ningún enlace a un archivo ServiceTags_Public_<fecha>.json
err-download-gzip = gzip no válido: { $error }
err-zip = archivo zip ilegible: { $error }
err-parse-syntax = { $format } no válido: { $error }
err-parse-entry = entrada { $entry }: { $error }
err-parse-empty = el archivo no contiene ningún rango
err-override = tu entrada provider-ranges para { $prefix }: { $error }
err-asn-read = no se puede leer la base de datos ASN { $path }: { $error }
err-asn-invalid = la base de datos ASN { $path } no es una MaxMind DB válida: { $error }

err-cannot-read = no se puede leer { $path }: { $error }
err-cannot-write = no se puede escribir { $path }: { $error }
err-cannot-create = no se puede crear { $path }: { $error }
err-cannot-lock = no se puede bloquear { $path }: { $error }
err-not-a-folder = { $path } no es una carpeta

err-daemon-no-such-user = [daemon] user = «{ $name }»: ese usuario no existe en /etc/passwd
err-daemon-ranges = al cargar los rangos de los proveedores: { $error }
err-daemon-secret = secreto de los seudónimos { $path }: { $error }
err-daemon-privileges = al soltar los privilegios: { $error }
err-metrics-not-loopback = la dirección de métricas { $addr } es accesible desde otras máquinas; pon allow-remote = true bajo [metrics] para servirlas
err-metrics-bind = no se pueden servir métricas en { $addr }: { $error }
err-demo-empty = la captura de demostración { $path } no contiene ningún paquete

dash-store-locked = base bloqueada
dash-store-disk-full = disco lleno
dash-store-read-only = base de solo lectura
dash-store-cannot-open = base inaccesible
dash-store-unusable = base inservible
dash-store-failed = error de la base
dash-store-folded = (contando en memoria; { $count ->
    [one] { $count } fila agrupada
   *[other] { $count } filas agrupadas
} por horas, totales intactos)
dash-offload = la aceleración por hardware oculta el { $hidden } del tráfico

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Uso:
cli-more-help = Para más información, prueba «{ $help }».
cli-arg-unknown = argumento inesperado «{ $arg }»
cli-command-unknown = orden desconocida «{ $name }»
cli-arg-missing-value = «{ $arg }» necesita un valor, pero no se ha dado ninguno
cli-arg-invalid-value = valor no válido «{ $value }» para «{ $arg }»
cli-possible-values = valores posibles: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = «{ $value }» no es un número entero dentro del rango admitido
cli-value-demo-speed = «{ $value }» no es una velocidad entre 0 y 100000 (por ejemplo 60)
cli-value-time-of-day = «{ $value }» no es una hora del día como 07:30
cli-value-run-speed = «{ $value }» no es una velocidad: indica un factor mayor que 0 (1 = tiempo real, 60 = un minuto por segundo) o max
cli-value-format = formato desconocido «{ $value }» (escribe text, md, json, csv o html)
cli-value-network = «{ $value }» no es un prefijo de red como 192.0.2.0/24 o 2001:db8::/32
cli-arg-required = faltan estos argumentos obligatorios:
cli-command-missing = «{ $name }» necesita una orden, y no se ha dado ninguna
cli-possible-commands = órdenes: { $commands }
cli-arg-repeated = «{ $arg }» no se puede indicar más de una vez
cli-arg-conflict = «{ $arg }» no se puede usar junto con «{ $other }»
cli-arg-conflict-many = «{ $arg }» no se puede usar junto con:
cli-arg-too-many = valor inesperado «{ $value }» para «{ $arg }»: no se esperaban más
cli-invalid-utf8 = un argumento no es texto UTF-8 válido
cli-tip-similar-command = sugerencia: { $count ->
    [one] existe una orden parecida: { $names }
   *[other] existen órdenes parecidas: { $names }
}
cli-tip-similar-arg = sugerencia: { $count ->
    [one] existe una opción parecida: { $names }
   *[other] existen opciones parecidas: { $names }
}
cli-tip-similar-value = sugerencia: { $count ->
    [one] existe un valor parecido: { $names }
   *[other] existen valores parecidos: { $names }
}
cli-tip-as-value = sugerencia: para pasar «{ $arg }» como valor, escribe «{ $fix }»
cli-tip-exists = sugerencia: existe «{ $usage }» (la opción va detrás de su orden)
cli-tip-remove-dashes = sugerencia: la orden «{ $name }» existe; para usarla, quita el «--» que va delante

err-io = { $kind ->
    [not-found] no existe ese archivo o carpeta
    [permission-denied] permiso denegado
    [is-a-folder] es una carpeta, no un archivo
    [not-a-folder] una parte de la ruta no es una carpeta
    [read-only] el sistema de archivos es de solo lectura
    [disk-full] no queda espacio en el disco
    [exists] ya existe
    [refused] conexión rechazada
    [timed-out] se agotó el tiempo de espera
    [address-in-use] la dirección ya está en uso
    [address-unavailable] esta máquina no tiene esa dirección
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: el sistema no ha podido leer ni escribir el archivo de la base de datos (¿una tarjeta SD o un disco que falla, o una memoria USB retirada?)
dash-store-io = error de disco
replay-undecodable-reason = { $reason ->
    [truncated] trama demasiado corta para su cabecera { $header }
    [link-type] no se admite el tipo de enlace { $link }
    [not-ip] no es un paquete IP (protocolo de enlace { $protocol })
   *[malformed] cabecera { $header } mal formada
}
ranges-date-from = { $date } ({ $from ->
    [published] publicada
    [updated] actualizada
   *[file-time] fecha del archivo
})
err-daemon-reply = { $code ->
    [busy] hay demasiados programas conectados a él; inténtalo de nuevo en un momento
    [unavailable] ahora no puede responder (no puede leer su base de datos; mira su registro)
    [not-found] no tiene nada registrado para lo que se ha pedido
   *[protocol] este nuage y el servicio no se entienden (¿uno de los dos es más antiguo?): { $message }
}

## --help (session 5)

help-about-nuage = ¿Cuánto hemos dependido hoy de la { -big-tech }?
help-body-nuage =
    nuage observa el tráfico de un hogar o de un centro social y atribuye cada flujo al proveedor de Cloud que lo sirve.
help-arg-nuage-data-dir = Dónde guarda nuage sus datos [default: /var/lib/nuage para root, si no ~/.local/share/nuage]
help-arg-nuage-config = Archivo de configuración [default: /etc/nuage/nuage.toml si existe]
help-arg-nuage-socket = El socket de control del servicio en marcha [default: /run/nuage/nuage.sock para root, si no $XDG_RUNTIME_DIR/nuage/nuage.sock; o `[control] socket` en la configuración]
help-arg-nuage-verbose = Contar más sobre lo que está pasando (repetir para más)
help-arg-nuage-json = Escribir los datos en JSON (un objeto, o uno por línea en las listas)
help-arg-nuage-lang = Idioma de los mensajes: en, es, ca, fr, de, pt, el, ro, it [default: `lang` de la configuración, luego LC_ALL / LC_MESSAGES / LANG, luego en]
help-about-lookup = Qué proveedor sirve una dirección, y por qué
help-arg-lookup-addresses = Direcciones que buscar (IPv4, IPv6, IPv4 mapeada o NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Leer también direcciones de la entrada estándar, una por línea
help-about-ranges = Listas de rangos de los proveedores: de dónde vienen, cuán recientes son, cómo actualizarlas
help-about-ranges-sources = Listar las fuentes oficiales: id, URL y el nombre de archivo que espera `update --from`
help-about-ranges-status = Por fuente: fecha, antigüedad, número de prefijos y si está caducada
help-about-ranges-update = Descargar cada fuente oficial (o importarlas de una carpeta) y ponerlas en uso
help-body-ranges-update =
    Cada archivo se comprueba entero antes de sustituir al que está en uso; una fuente que
    falla conserva su archivo anterior. Las descargas son solo por HTTPS. Con
    `[ranges] mirror = "URL"` en la configuración, cada archivo se obtiene de URL/<file>
    (nombres tal como los lista `nuage ranges sources`). El http:// simple solo se acepta para
    esta máquina (127.0.0.0/8, ::1, localhost), que es lo que usan las pruebas.
help-arg-ranges-update-from = Importar los archivos de esta carpeta (p. ej. un USB) en lugar de descargarlos
help-arg-ranges-update-force = Aceptar una lista que se ha reducido a menos de la mitad
help-arg-ranges-update-sources = Solo estas fuentes (ids de `nuage ranges sources`)
help-about-replay = Contar el tráfico de archivos de captura, tan rápido como se puedan leer
help-arg-replay-files = Archivos de captura (pcap o pcapng), leídos en el orden dado
help-arg-replay-flows = Escribir cada flujo en lugar del resumen, un objeto JSON por línea
help-arg-replay-lan = Un prefijo que forma parte de la red local, además de los rangos privados (repetible)
help-about-run = Funcionar como servicio: capturar, contar y guardar las cifras en la base de datos
help-body-run =
    Los ajustes vienen del archivo de configuración ([daemon] y [store], ver
    nuage.example.toml); las opciones dadas aquí mandan. SIGTERM/SIGINT escriben lo contado y
    salen; SIGHUP recarga los rangos de los proveedores, la privacidad y el lugar.
help-arg-run-interfaces = Interfaz en la que capturar (repetible) [default: [daemon] interfaces, si no la de la ruta por defecto]
help-arg-run-pcap = Pasar este archivo de captura por el mismo camino en lugar de capturar
help-arg-run-speed = Con --pcap: N veces el tiempo real (60 = un minuto por segundo), o `max`
help-arg-run-looped = Con --pcap: volver a empezar al acabar el archivo, cada pasada en el día o días siguientes
help-arg-run-flush-secs = Segundos entre escrituras en la base de datos [default: [daemon] flush-secs, 60]
help-arg-run-tz = Zona horaria IANA en la que se cuentan los días [default: [daemon] tz, si no la del sistema]
help-arg-run-tui = Mostrar el panel en directo en este terminal mientras se captura (salir con q; la captura se detiene y se escribe lo contado)
help-arg-run-user = Usuario sin privilegios al que pasar tras abrir las capturas [default: [daemon] user, si no `nuage` si existe]
help-arg-run-lan = Un prefijo que forma parte de la red local, además de los rangos privados (repetible)
help-about-demo = Un panel vivo con el día del hogar de demostración, reproducido deprisa (sin root, sin servicio)
help-body-demo =
    Reproduce demo/household.pcap (un hogar inventado el 8 de marzo) por el procesamiento
    real, 60 veces más rápido que el tiempo real, en bucle, un día después en cada vuelta.
help-arg-demo-speed = Cuántas veces más rápido que el tiempo real pasa el día
help-arg-demo-from = Hora del día en que empieza la reproducción (HH:MM); los paquetes anteriores se cuentan de golpe
help-arg-demo-file = Reproducir esta captura en lugar del hogar de demostración
help-about-top = El panel en directo del servicio en marcha (por su socket de control), o de una base de datos
help-arg-top-db = Leer esta base de datos directamente, sin servicio (no en directo: sin tasas ni flujos)
help-about-report = El resumen de un día para compartir: texto, Markdown, JSON, CSV o una página HTML
help-arg-report-day = El día local: AAAA-MM-DD, today o yesterday [default: today]
help-arg-report-from = Primer día de un periodo (con --to)
help-arg-report-to = Último día de un periodo, incluido (con --from)
help-arg-report-baseline = El día habitual con el que comparar: `none`, o FROM..TO (p. ej. 2027-03-01..2027-03-07) [default: el mismo día de la semana en las cuatro semanas anteriores con datos]
help-arg-report-format = text, md, json, csv o html (--json significa json)
help-arg-report-per-device = Añadir una sección por dispositivo, cuando el ajuste de privacidad guarda los dispositivos
help-arg-report-out = Escribir el informe en FILE en lugar de la salida estándar
help-arg-report-db = La base de datos de uso [default: nuage.db en la carpeta de datos]
help-arg-report-time-zone = Zona horaria IANA de los días (Europe/Brussels) [default: la del sistema]
help-about-report-merge = Unir los informes JSON de varios lugares en un informe colectivo (sin detalle por dispositivo)
help-arg-report-merge-files = Informes JSON escritos por `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv o html (--json significa json)
help-arg-report-merge-out = Escribir el informe en FILE en lugar de la salida estándar
help-heading-commands = Órdenes
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-heading-examples = Ejemplos
help-heading-example = Ejemplo
help-flag-help = Mostrar la ayuda
help-flag-help-more = Mostrar la ayuda (más con '--help')
help-flag-help-summary = Mostrar la ayuda (un resumen con '-h')
help-flag-version = Mostrar la versión
help-command-help = Mostrar este mensaje o la ayuda de las órdenes indicadas
