# nuage — português (norma europeia).

-big-tech = nuvem das Big Tech

## Language choice

lang-unknown = língua desconhecida «{ $name }»; o nuage continua em inglês. Disponíveis: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] segunda-feira
    [tuesday] terça-feira
    [wednesday] quarta-feira
    [thursday] quinta-feira
    [friday] sexta-feira
    [saturday] sábado
   *[sunday] domingo
}
month-name = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
weekday-short = { $weekday ->
    [monday] seg.
    [tuesday] ter.
    [wednesday] qua.
    [thursday] qui.
    [friday] sex.
    [saturday] sáb.
   *[sunday] dom.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } de { month-name } de { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] face a uma segunda-feira habitual
    [tuesday] face a uma terça-feira habitual
    [wednesday] face a uma quarta-feira habitual
    [thursday] face a uma quinta-feira habitual
    [friday] face a uma sexta-feira habitual
    [saturday] face a um sábado habitual
   *[sunday] face a um domingo habitual
}
change-vs-usual = { $change } { vs-usual }
no-baseline-yet = ainda não há { $weekday ->
    [monday] segundas-feiras anteriores
    [tuesday] terças-feiras anteriores
    [wednesday] quartas-feiras anteriores
    [thursday] quintas-feiras anteriores
    [friday] sextas-feiras anteriores
    [saturday] sábados anteriores
   *[sunday] domingos anteriores
} para comparar
time-range = de { $from } a { $to }
days-short = { $days } d

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] outras nuvens e alojamento
    [cdn] redes de distribuição de conteúdos
    [streaming] redes de streaming
   *[other] outros
}
no-provider-list = em nenhuma lista de fornecedores
unknown-device = dispositivo desconhecido
local-network = rede local

## Command line: errors a user sees

error-loading-ranges = ao carregar os intervalos de endereços dos fornecedores
error-bundled-catalogue = ao ler o catálogo incluído
error-reading-stdin = ao ler a entrada padrão
error-writing-report = ao escrever o relatório
error-writing-flows = ao escrever os fluxos

## nuage lookup

lookup-need-addresses = indique um ou mais endereços, ou --stdin
lookup-bad-address = { $text } não é um endereço IPv4 nem IPv6
lookup-no-match = não corresponde a nenhuma lista de fornecedores
lookup-matched = { $prefix } segundo { $source } ({ $origin })

## nuage replay

replay-captured = Capturado de { $from } a { $to }: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-internet = Internet: { $up } enviados, { $down } recebidos, { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}
replay-lan = Rede local: { $size } ({ $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}, { $non_ip ->
    [one] { $non_ip } trama não IP
   *[other] { $non_ip } tramas não IP
})
replay-big-tech-share = Percentagem do tráfego de Internet na { -big-tech }: { $share }
replay-by-group = Por grupo:
replay-by-provider = Por fornecedor:
replay-decided-by = decidido pela infraestrutura e pelo serviço: { $both }, só pela infraestrutura: { $infrastructure }, só pelo serviço: { $service }
replay-encrypted-dns = DNS cifrado (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}
replay-by-service = Por serviço (proprietário · infraestrutura):
replay-by-domain = Nomes sem regra de serviço (domínio registável):
replay-by-network = Outras redes (base de dados ASN):
replay-and-more = … e mais { $count }
replay-provider-origin = Fornecedor determinado por:
replay-by-device = Por dispositivo:
replay-undecodable = Não descodificadas: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-flow-table = Tabela de fluxos: { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}, { $evicted } descartados ao atingir o limite de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = FORNECEDOR
ranges-col-format = FORMATO
ranges-col-every = A CADA
ranges-col-save-as = GUARDAR COMO
ranges-col-url = URL
ranges-all-providers = (todos)
ranges-offline-howto = Para atualizar uma máquina sem Internet: descarregue cada URL noutro computador, guarde os ficheiros numa pasta com os nomes de GUARDAR COMO e depois execute `nuage ranges update --from PASTA`.
ranges-note-discover = { $id }: o URL é uma página; descarregue o ficheiro para onde aponta e guarde-o como { $file }
ranges-note-placeholders = { $id }: substitua {"{"}YYYY{"}"} e {"{"}MM{"}"} pelo ano e pelo mês atuais
ranges-note-gzip = { $id }: a transferência vem comprimida com gzip; guarde-a como { $file }, comprimida ou não
ranges-note-zip = { $id }: a transferência é um zip; guarde-a como { $file } tal como está, ou com os ficheiros juntos
ranges-note-licence = { $id }: licença: { $licence }

## nuage ranges status

ranges-col-source = FONTE
ranges-col-file = FICHEIRO
ranges-col-date = DATA
ranges-col-age = IDADE
ranges-col-state = ESTADO
ranges-state-not-imported = não importada
ranges-state-unreadable = ILEGÍVEL: { $error }
ranges-state-stale = DESATUALIZADA
ranges-state-ok = ok
ranges-bundled = Versão incluída: { $date }; prefixos derivados de ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicados: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (há { $days } d)
ranges-undated = sem data
ranges-stale-hint = As listas DESATUALIZADAS têm mais do dobro do seu período de publicação: execute `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefixo
   *[other] { $count } prefixos
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: sem alterações no servidor
ranges-unchanged = { $id }: sem alterações, { $prefixes }
ranges-not-in-dir = { $id }: { $file } não está em { $dir }, ignorado
ranges-failed-kept = { $id }: FALHOU: { $error }; continua em uso o ficheiro anterior
ranges-failed-bundled = { $id }: FALHOU: { $error }; ainda nada foi importado, continua em uso a versão incluída
ranges-from-empty = { $dir } não contém nenhum dos ficheiros esperados (veja os nomes com `nuage ranges sources`)

## Dashboard

headline = percentagem do tráfego que hoje dependeu da { -big-tech }
headline-sentence = hoje, { $share } do nosso tráfego dependeu da { -big-tech }
headline-place = { $place }: percentagem do tráfego que hoje dependeu da { -big-tech }
status-live = em direto
status-paused = em pausa
status-updated = atualizado às { $time }
status-no-traffic = ainda não se viu tráfego hoje
view-providers = Fornecedores
view-services = Serviços
view-devices = Dispositivos
view-timeline = Evolução
view-flows = Fluxos
col-provider = Fornecedor
col-service = Serviço
col-device = Dispositivo
col-share = Percentagem
col-traffic = Tráfego
col-up = Enviado
col-down = Recebido
col-flows = Fluxos
col-group = Grupo
col-time = Hora
devices-hidden = Os dispositivos não são mostrados (privacidade: «{ $privacy }»).
timeline-minutes-ago = { $minutes ->
    [one] há { $minutes } minuto
   *[other] há { $minutes } minutos
}
timeline-hour = { $hour }h
help-title = Teclas
key-quit = sair
key-pause = pausar / retomar
key-next-view = vista seguinte
key-previous-view = vista anterior
key-up-down = subir / descer
key-sort = mudar a ordenação
key-previous-day = dia anterior
key-next-day = dia seguinte
key-today = voltar a hoje
key-help = mostrar / ocultar esta ajuda

## Units

unit-flows = { $count ->
    [one] { $count } fluxo
   *[other] { $count } fluxos
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivos
}
unit-providers = { $count ->
    [one] { $count } fornecedor
   *[other] { $count } fornecedores
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
    [one] { $count } dia
   *[other] { $count } dias
}
unit-mbit-per-second = { $rate } Mbit/s

## Reports

report-title = Quanto dependemos da { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = De { $from } a { $to }
report-section-summary = Resumo
report-section-providers = Fornecedores
report-section-services = Serviços
report-section-devices = Dispositivos
report-section-timeline = Ao longo do dia
report-section-baseline = Comparado com um dia habitual
report-section-method = Como o nuage conta
report-section-caveats = O que estes números não dizem
report-summary = { $share } do tráfego de Internet de { $place } dependeu da { -big-tech } ({ $big_tech } de { $total }).
report-method = O nuage observa o tráfego entre esta rede e a Internet, nunca o seu conteúdo. Cada ligação é contada uma vez, em bytes nos dois sentidos, e atribuída à empresa que gere o servidor, segundo as listas de endereços que os próprios fornecedores publicam e o registo de quem é dono de cada rede. O serviço é identificado pela parte pública de cada ligação (o nome pedido ao DNS, ou anunciado ao abrir uma ligação segura). O tráfego dentro da rede local é contado à parte e não entra na percentagem.
report-caveat-cdn = As redes de distribuição de conteúdos servem muitas empresas: o seu tráfego é atribuído à rede, não ao site visitado.
report-caveat-encrypted-dns = Os dispositivos que cifram as consultas de nomes (DNS cifrado) tornam os serviços mais difíceis de identificar; o seu tráfego continua a ser contado por fornecedor.
report-caveat-lists = As listas dos fornecedores mudam: um endereço que tenha passado para outra empresa desde a última atualização pode ser atribuído à empresa errada.
report-caveat-vpn = O tráfego que passa por uma VPN é atribuído ao fornecedor da VPN, seja o que for que viaje lá dentro.
report-caveat-bytes = Bytes não são energia nem emissões: aqui, um byte de vídeo pesa o mesmo que um byte de uma mensagem.
report-generated = Gerado pelo nuage { $version } em { $date } às { $time }.

## dashboard (session 3)
dash-no-place = este espaço
dash-live = em direto
dash-paused = em pausa
dash-not-live = em diferido
dash-history = histórico
dash-from-database = a ler { $path }
dash-tab-overview = Resumo
dash-help-hint = ? ajuda
dash-headline-title = Peso da { -big-tech }
dash-headline-no-data = Ainda não foi contado tráfego de Internet neste dia.
dash-no-baseline = ainda não há um dia habitual para comparar
dash-share-of = { $big_tech } de { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } face a um dia habitual ({ $usual })
dash-providers-title = Quem transportou o tráfego
dash-timeline-title = Ao longo do dia ({ $bucket }, pico { $peak })
dash-per-minutes = por { $minutes } min
dash-per-hours = { $hours ->
    [one] por hora
   *[other] por { $hours } h
}
dash-flows-title = Fluxos atuais
dash-cat-other-clouds = Outras nuvens/CDN
dash-cat-other-networks = Outras redes
dash-cat-lan = Dentro (rede local)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = restante
dash-legend-now = agora
dash-col-service-carrier = Serviço · infraestrutura
dash-col-named-by = Identificado por
dash-col-lan = Rede local
dash-col-remote = Destino
dash-col-rate = Agora ↓/↑
dash-col-rate-now = agora
dash-unnamed-service = Sem nome
dash-unknown-network = rede desconhecida
dash-source-address = endereço
dash-flows-hidden = Não há fluxos atuais para mostrar (ou a definição de privacidade oculta-os).
dash-flows-not-live = Os fluxos só são mostrados em direto, para hoje.
dash-empty-list = Ainda nada foi contado.
dash-no-day-data = Não há dados guardados para este dia.
dash-sort-traffic = tráfego
dash-sort-big-tech = Big Tech primeiro
dash-sort-name = nome
dash-sort-rate = débito atual
dash-sorted-by = ordem: { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unidades: { $units }
dash-capture-ok = captura ok
dash-interface-down = em baixo
dash-no-capture = sem captura
dash-dropped = { $count ->
    [one] { $count } perdido
   *[other] { $count } perdidos
}
dash-not-saving = não está a guardar: { $error }
dash-ranges-version = intervalos { $version }
dash-footer-hints = Tab vista  ←/→ dia  s ordem  u unidades  p pausa  ? ajuda  q sair
dash-help-close = Prima qualquer tecla para fechar.
dash-help-views = vista seguinte / anterior
dash-help-move = mover numa lista
dash-help-page = avançar uma página
dash-help-sort = mudar a ordem
dash-help-pause = pausar / retomar a atualização
dash-help-days = dia anterior / seguinte
dash-help-units = unidades: bytes ou bits, kB ou KiB
dash-help-help = esta ajuda
dash-help-mouse-key = rato
dash-help-mouse = deslizar listas, clicar no nome de uma vista
dash-too-small =
    O terminal é demasiado pequeno
    para o painel (pelo menos { $width }×{ $height }).
dash-needs-terminal = { $command } desenha um painel e precisa de um terminal (a saída padrão não é um)
