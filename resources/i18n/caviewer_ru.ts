<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>caviewer cannot open its database</source>
        <translation>caviewer не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>caviewer reads this file and never changes it. Reinstall caviewer to restore the bundled database, or pass a valid file with --db PATH.</source>
        <translation>caviewer только читает этот файл и никогда его не изменяет. Переустановите caviewer, чтобы восстановить встроенную базу данных, или укажите исправный файл с помощью --db PATH.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>Exporting charts…</source>
        <translation>Экспорт графиков…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>Экспорт всех графиков</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>Запись %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>BreakdownPane</name>
    <message>
        <source>What is traded</source>
        <translation>Что продаётся и покупается</translation>
    </message>
    <message>
        <source>Trade partners (the state&apos;s own figures)</source>
        <translation>Торговые партнёры (данные самой страны)</translation>
    </message>
    <message>
        <source>China&apos;s figures against the state&apos;s (the gap)</source>
        <translation>Данные Китая против данных страны (расхождение)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Year of the product list</source>
        <translation>Год перечня товаров</translation>
    </message>
    <message>
        <source>Fullest list</source>
        <translation>Самый полный перечень</translation>
    </message>
    <message>
        <source>Products, partners and the reporter gap are shown per state: choose one of the five (the region&apos;s own trade is on the Trade pane).</source>
        <translation>Товары, партнёры и расхождение данных показываются по отдельным странам: выберите одну из пяти (торговля региона в целом — на вкладке «Торговля»).</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
    <message>
        <source>Sources of the chart:</source>
        <translation>Источники графика:</translation>
    </message>
    <message>
        <source>caviewer briefing: %1</source>
        <translation>Аналитическая справка caviewer: %1</translation>
    </message>
    <message>
        <source>China and %1: trade, agreements, projects, finance and people-to-people ties</source>
        <translation>Китай и %1: торговля, соглашения, проекты, финансы и гуманитарные связи</translation>
    </message>
    <message>
        <source>caviewer briefing</source>
        <translation>Аналитическая справка caviewer</translation>
    </message>
    <message>
        <source>China and %1: trade, agreements, projects, finance and people-to-people ties.</source>
        <translation>Китай и %1: торговля, соглашения, проекты, финансы и гуманитарные связи.</translation>
    </message>
    <message>
        <source>the as-of date</source>
        <translation>даты актуальности</translation>
    </message>
    <message>
        <source>Data as of %1 (dataset version %2); events covered to %3.</source>
        <translation>Данные по состоянию на %1 (версия набора данных %2); события учтены до %3.</translation>
    </message>
    <message>
        <source>Every figure and statement refers by number to its source, listed in full on the last pages.</source>
        <translation>Каждая цифра и каждое утверждение отсылают по номеру к источнику; полный список источников — на последних страницах.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Краткая справка</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Targets and claims beside the statistics</source>
        <translation>Цели и заявления в сопоставлении со статистикой</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Part year, China-reported: %1 %2</source>
        <translation>Неполный год, по данным Китая: %1 — %2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Примечание (%1): %2</translation>
    </message>
    <message>
        <source>Products and partners</source>
        <translation>Товары и партнёры</translation>
    </message>
    <message>
        <source>No product lists or partner shares are recorded for this entry (see the dataset&apos;s GAPS.md).</source>
        <translation>Для этой записи нет данных о товарной структуре и долях партнёров (см. GAPS.md набора данных).</translation>
    </message>
    <message>
        <source>Agreements and summits</source>
        <translation>Соглашения и саммиты</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>Соглашения не зарегистрированы.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>No projects recorded.</source>
        <translation>Проекты не зарегистрированы.</translation>
    </message>
    <message>
        <source>Where: borders, corridors and project sites</source>
        <translation>Где: границы, коридоры и объекты проектов</translation>
    </message>
    <message>
        <source>Sources of the map:</source>
        <translation>Источники карты:</translation>
    </message>
    <message>
        <source>Finance and debt</source>
        <translation>Финансы и долг</translation>
    </message>
    <message>
        <source>People-to-people ties</source>
        <translation>Гуманитарные связи</translation>
    </message>
    <message>
        <source>No people-to-people ties recorded.</source>
        <translation>Гуманитарные связи не зарегистрированы.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>second</source>
        <translation>второй</translation>
    </message>
    <message>
        <source>third</source>
        <translation>третий</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>четвёртый</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>пятый</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>шестой</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <source>China&apos;s figures put its trade with %1 at %2 in %3</source>
        <translation>По данным Китая, товарооборот Китай — %1 в %3 г. составил %2</translation>
    </message>
    <message>
        <source>, %1% on %2</source>
        <translation>, %1% к %2 году</translation>
    </message>
    <message>
        <source> (an estimate)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>%1 publishes no recent figures of its own trade with China: the latest partner-side value recorded is for %2.</source>
        <translation>%1: свежих собственных данных о торговле с Китаем нет; последнее значение по данным партнёра — за %2 г.</translation>
    </message>
    <message>
        <source>%1&apos;s own statistics give %2 for %3</source>
        <translation>%1, собственная статистика: %2 за %3 год</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is %1 times as large</source>
        <translation>; данные Китая за тот же год больше в %1 раза</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is %1% lower</source>
        <translation>; данные Китая за тот же год на %1% ниже</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is within 5% of it</source>
        <translation>; данные Китая за тот же год отличаются не более чем на 5%</translation>
    </message>
    <message>
        <source>In %1 China&apos;s figures show %2, %3% on the same months of %4.</source>
        <translation>За %1 по данным Китая — %2, %3% к тем же месяцам %4 года.</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>по данным: %1</translation>
    </message>
    <message>
        <source>by the source</source>
        <translation>по данным источника</translation>
    </message>
    <message>
        <source>China&apos;s share of %1&apos;s trade was %2% in %3, %4.</source>
        <translation>%1: доля Китая в товарообороте — %2% (%3), %4.</translation>
    </message>
    <message>
        <source>By %1&apos;s own figures, China was its largest trade partner in %2 (%3%), ahead of %4 (%5%).</source>
        <translation>%1, собственная статистика: в %2 г. Китай — крупнейший торговый партнёр (%3%), на втором месте — %4 (%5%).</translation>
    </message>
    <message>
        <source>By %1&apos;s own figures, China was its %2 trade partner in %3 (%4%), after %5 (%6%).</source>
        <translation>%1, собственная статистика: в %3 г. Китай — %2 по величине торговый партнёр (%4%), после: %5 (%6%).</translation>
    </message>
    <message>
        <source>The largest item China bought from %1 in the list recorded for %2 was %3, %4.</source>
        <translation>Крупнейшая статья закупок Китая (%1, перечень за %2): %3, %4.</translation>
    </message>
    <message>
        <source>The largest item China bought from %1 in the one figure recorded for %2 was %3, %4.</source>
        <translation>Крупнейшая статья закупок Китая (%1, единственное значение за %2): %3, %4.</translation>
    </message>
    <message>
        <source>Note on the figures (%1): %2.</source>
        <translation>Примечание к данным (%1): %2.</translation>
    </message>
    <message>
        <source>External debt of %1 owed to Chinese creditors: %2 (%3).</source>
        <translation>%1: внешний долг перед китайскими кредиторами — %2 (%3).</translation>
    </message>
    <message>
        <source> at constant 2021 prices</source>
        <translation> в постоянных ценах 2021 г.</translation>
    </message>
    <message>
        <source>Chinese development finance committed to %1 in %2 comes to %3%4.</source>
        <translation>%1: китайское финансирование развития (обязательства) за %2 — %3%4.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> (кредитор: %1)</translation>
    </message>
    <message>
        <source>The largest loan or grant in AidData&apos;s records for %1 is %2%3, committed in %4 (constant 2017 US$).</source>
        <translation>%1: крупнейший кредит или грант в записях AidData — %2%3, обязательство %4 г. (в постоянных долларах США 2017 г.).</translation>
    </message>
    <message>
        <source>The latest agreement recorded: %1 (%2).</source>
        <translation>Последнее зарегистрированное соглашение: %1 (%2).</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>The costliest project recorded is the %1, %2%3.</source>
        <translation>Самый дорогой из зарегистрированных проектов: %1, %2%3.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source> (est.)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (расчётное значение)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>latest in the dataset: %1</source>
        <translation>последнее значение в наборе данных: %1</translation>
    </message>
    <message>
        <source>none in the dataset</source>
        <translation>в наборе данных нет значений</translation>
    </message>
    <message>
        <source>not in the dataset</source>
        <translation>нет в наборе данных</translation>
    </message>
    <message>
        <source>price basis not stated</source>
        <translation>ценовая база не указана</translation>
    </message>
    <message>
        <source>China–Central Asia trade</source>
        <translation>Торговля Китая и ЦА</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>Товарооборот с Китаем</translation>
    </message>
    <message>
        <source>China&apos;s share of the region&apos;s trade</source>
        <translation>Доля Китая в товарообороте региона</translation>
    </message>
    <message>
        <source>China&apos;s share of %1&apos;s trade</source>
        <translation>%1: доля Китая в товарообороте</translation>
    </message>
    <message>
        <source>%1, China-reported</source>
        <translation>%1, по данным Китая</translation>
    </message>
    <message>
        <source>%1, partner-reported</source>
        <translation>%1, по данным партнёра</translation>
    </message>
    <message>
        <source>Chinese finance committed</source>
        <translation>Китайское финансирование (обязательства)</translation>
    </message>
    <message>
        <source>Population of the five states</source>
        <translation>Население пяти государств</translation>
    </message>
    <message>
        <source>GDP of the five states (current US$)</source>
        <translation>ВВП пяти государств (в текущих долларах США)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>GDP (current US$)</source>
        <translation>ВВП (в текущих долларах США)</translation>
    </message>
    <message>
        <source>no five-state sum: Turkmenistan publishes no trade by partner</source>
        <translation>суммы по пяти государствам нет: Туркменистан не публикует данные о торговле в разбивке по странам-партнёрам</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>Внешний долг перед Китаем</translation>
    </message>
    <message>
        <source>shown per state</source>
        <translation>приводится по каждому государству</translation>
    </message>
    <message>
        <source>Sum of the five states&apos; %1 figures, as each state&apos;s header shows them.</source>
        <translation>Сумма показателей пяти государств за %1 г. в том виде, в каком они приведены в заголовке каждого государства.</translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <source>Chart exported to %1</source>
        <translation>График экспортирован: %1</translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation>Экспорт всех графиков в папку</translation>
    </message>
    <message>
        <source>Export all charts: cancelled after writing %1 files in %2</source>
        <translation>Экспорт всех графиков отменён; записано файлов: %1, папка %2</translation>
    </message>
    <message>
        <source>Export all charts: wrote %1 files in %2</source>
        <translation>Экспорт всех графиков: записано файлов — %1, папка %2</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Writing the briefing on %1…</source>
        <translation>Запись справки: %1…</translation>
    </message>
    <message>
        <source>Briefing exported to %1</source>
        <translation>Справка экспортирована: %1</translation>
    </message>
    <message>
        <source>Chart image copied (%1 × %2 px)</source>
        <translation>Изображение графика скопировано (%1 × %2 пикс.)</translation>
    </message>
    <message>
        <source>The map has no data table to copy; use Copy chart image</source>
        <translation>У карты нет таблицы данных для копирования; используйте «Копировать изображение графика»</translation>
    </message>
    <message numerus="yes">
        <source>Chart data copied (%n row(s), tab-separated)</source>
        <translation>
            <numerusform>Данные графика скопированы (%n строка, через табуляцию)</numerusform>
            <numerusform>Данные графика скопированы (%n строки, через табуляцию)</numerusform>
            <numerusform>Данные графика скопированы (%n строк, через табуляцию)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart citation copied</source>
        <translation>Ссылка на источник графика скопирована</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <source>%1 chart files already exist in %2. Replace them?</source>
        <translation>Файлы графиков (%1) уже есть в папке %2. Заменить их?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Trade plot</source>
        <translation>График товарооборота</translation>
    </message>
    <message>
        <source>Trade with China by year; the table twin holds the same values</source>
        <translation>Товарооборот с Китаем по годам; те же значения приведены в таблице</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>млрд долл. США</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>Значения под курсором</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>Hollow symbol: estimate or derived</source>
        <translation>Незакрашенный маркер: оценка или расчётное значение</translation>
    </message>
    <message>
        <source>No trade values in the dataset for this entry.</source>
        <translation>Для этой записи в наборе данных нет значений товарооборота.</translation>
    </message>
    <message>
        <source>Share of China–Central Asia trade (China-reported):</source>
        <translation>Доля в товарообороте Китая с Центральной Азией (по данным Китая):</translation>
    </message>
    <message>
        <source>Shares of China-Central Asia trade</source>
        <translation>Доли в торговле Китая и Центральной Азии</translation>
    </message>
    <message>
        <source>Share of the five, %</source>
        <translation>Доля в сумме пяти, %</translation>
    </message>
    <message>
        <source>Data version %1 (as of %2)</source>
        <translation>Версия данных %1 (по состоянию на %2)</translation>
    </message>
    <message>
        <source>Hollow marker: estimate or derived value</source>
        <translation>Незакрашенный маркер: оценка или расчётное значение</translation>
    </message>
    <message>
        <source>Hollow marker or lighter bar: estimate or derived value</source>
        <translation>Незакрашенный маркер или светлый столбец: оценка или расчётное значение</translation>
    </message>
    <message>
        <source>Lighter bar: estimate or derived value</source>
        <translation>Светлый столбец: оценка или расчётное значение</translation>
    </message>
    <message>
        <source>Shares of China–Central Asia trade by state, %1</source>
        <translation>Доли государств в товарообороте Китая с Центральной Азией, %1</translation>
    </message>
    <message>
        <source>Percent of the five states&apos; total trade with China, China-reported; years in which all five have a value</source>
        <translation>Доля в суммарном товарообороте пяти государств с Китаем, %, по данным Китая; годы, за которые есть значения по всем пяти государствам</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>as reported by China and each partner</source>
        <translation>по данным Китая и каждой страны-партнёра</translation>
    </message>
    <message>
        <source>as reported by China</source>
        <translation>по данным Китая</translation>
    </message>
    <message>
        <source>as reported by each partner</source>
        <translation>по данным каждой страны-партнёра</translation>
    </message>
    <message>
        <source>China&apos;s trade with %1, %2</source>
        <translation>Товарооборот Китая со странами: %1, %2</translation>
    </message>
    <message>
        <source>Annual total trade in US dollars, %1 (partner-reported dashed)</source>
        <translation>Годовой товарооборот в долларах США, %1 (данные партнёров — штриховой линией)</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <source>the five states</source>
        <translation>пять государств</translation>
    </message>
    <message>
        <source>as reported by China and by %1</source>
        <translation>отчитывающиеся стороны: Китай и %1</translation>
    </message>
    <message>
        <source>as reported by %1</source>
        <translation>отчитывающаяся сторона: %1</translation>
    </message>
    <message>
        <source>Annual trade summed over the five states in US dollars, %1</source>
        <translation>Суммарный годовой товарооборот пяти государств в долларах США, %1</translation>
    </message>
    <message>
        <source>Annual trade in US dollars, %1</source>
        <translation>Годовой товарооборот в долларах США, %1</translation>
    </message>
    <message>
        <source>China–%1 trade, %2</source>
        <translation>Товарооборот Китай — %1, %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>. Full notes: CSV export and Copy citation.</source>
        <translation>. Полные примечания: экспорт в CSV и «Копировать ссылку на источник графика».</translation>
    </message>
    <message>
        <source> (estimate or derived)</source>
        <translation> (оценка или расчётное значение)</translation>
    </message>
    <message>
        <source>%1% of the flow</source>
        <translation>%1&#xa0;% потока</translation>
    </message>
    <message>
        <source>Sources: see the caviewer dataset</source>
        <translation>Источники: см. набор данных caviewer</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>; and %n more (full list: Copy citation)</source>
        <translation>; и ещё %n (полный список: «Копировать ссылку на источник графика»)</translation>
    </message>
    <message>
        <source>China-reported total</source>
        <translation>Товарооборот по данным Китая</translation>
    </message>
    <message>
        <source>Partner-reported total</source>
        <translation>Товарооборот по данным партнёра</translation>
    </message>
    <message>
        <source>China&apos;s exports</source>
        <translation>Экспорт Китая</translation>
    </message>
    <message>
        <source>China&apos;s imports</source>
        <translation>Импорт Китая</translation>
    </message>
    <message>
        <source>Balance (derived)</source>
        <translation>Сальдо (расчётное значение)</translation>
    </message>
    <message>
        <source>Balance, partner-reported (derived)</source>
        <translation>Сальдо по данным партнёра (расчётное значение)</translation>
    </message>
    <message>
        <source>China-reported</source>
        <translation>по данным Китая</translation>
    </message>
    <message>
        <source>partner-reported</source>
        <translation>по данным партнёра</translation>
    </message>
    <message>
        <source>Central Asia total, China-reported</source>
        <translation>Центральная Азия в целом, по данным Китая</translation>
    </message>
    <message>
        <source>%1 (part year)</source>
        <translation>%1 (неполный год)</translation>
    </message>
    <message>
        <source>Trade at a glance</source>
        <translation>Торговля: основное</translation>
    </message>
    <message>
        <source>No trade data</source>
        <translation>Нет данных о торговле</translation>
    </message>
    <message>
        <source>No trade data for this entry</source>
        <translation>Нет данных о торговле для этой записи</translation>
    </message>
    <message>
        <source>China&apos;s exports to %1</source>
        <translation>Экспорт Китая: %1</translation>
    </message>
    <message>
        <source>China&apos;s imports from %1</source>
        <translation>Импорт Китая: %1</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>China&apos;s exports / the state&apos;s imports</source>
        <translation>Экспорт Китая / импорт страны</translation>
    </message>
    <message>
        <source>China&apos;s imports / the state&apos;s exports</source>
        <translation>Импорт Китая / экспорт страны</translation>
    </message>
    <message>
        <source>%1 has no year with both China&apos;s and its own figures</source>
        <translation>%1: нет ни одного года с данными и Китая, и самой страны</translation>
    </message>
    <message>
        <source>China-reported over %1-reported trade, %2</source>
        <translation>Данные Китая к данным страны (%1), %2</translation>
    </message>
    <message>
        <source>Ratio of the two reporters&apos; figures for the same flow and year, logarithmic scale (1 = they agree; import figures include freight, so about 0.9 to 1.1 is ordinary)</source>
        <translation>Отношение данных двух отчитывающихся сторон по одному потоку за один год, логарифмическая шкала (1 — данные совпадают; импорт учитывается с фрахтом, поэтому 0,9–1,1 — обычный диапазон)</translation>
    </message>
    <message>
        <source>No yearly share of China in %1&apos;s own trade statistics is recorded</source>
        <translation>%1: доля Китая по годам в собственной торговой статистике не зарегистрирована</translation>
    </message>
    <message>
        <source>%1&apos;s main trade partners, %2</source>
        <translation>%1: основные торговые партнёры, %2</translation>
    </message>
    <message>
        <source>Share of %1&apos;s goods trade turnover, percent, by its own statistics; China and the %2 largest others</source>
        <translation>Доля в товарообороте (%1), проценты, по собственной статистике страны; Китай и другие крупнейшие партнёры (%2)</translation>
    </message>
    <message>
        <source>No product figures for %1&apos;s trade with China are recorded (see GAPS.md)</source>
        <translation>%1: данные о товарной структуре торговли с Китаем не зарегистрированы (см. GAPS.md)</translation>
    </message>
    <message>
        <source>What China and %1 trade, %2</source>
        <translation>Товарная структура торговли Китай — %1, %2</translation>
    </message>
    <message>
        <source>What China buys from %1, %2</source>
        <translation>Что Китай покупает (%1), %2</translation>
    </message>
    <message>
        <source>What China sells to %1, %2</source>
        <translation>Что Китай продаёт (%1), %2</translation>
    </message>
    <message>
        <source>Largest products listed by the source, US dollars</source>
        <translation>Крупнейшие товарные позиции по данным источника, доллары США</translation>
    </message>
    <message>
        <source>Largest products listed by the source, value or share of the flow</source>
        <translation>Крупнейшие товарные позиции по данным источника, стоимость или доля в потоке</translation>
    </message>
    <message>
        <source>Owed to China</source>
        <translation>Долг перед Китаем</translation>
    </message>
    <message>
        <source>Total external public debt</source>
        <translation>Внешний государственный долг, всего</translation>
    </message>
    <message>
        <source>China&apos;s direct investment stock (China&apos;s figures)</source>
        <translation>Накопленные прямые инвестиции Китая (данные Китая)</translation>
    </message>
    <message>
        <source>Chinese direct investment stock (Eurasian Development Bank)</source>
        <translation>Накопленные прямые инвестиции Китая (ЕАБР)</translation>
    </message>
    <message>
        <source>China&apos;s direct investment flow, a year (China&apos;s figures, net)</source>
        <translation>Поток прямых инвестиций Китая за год (данные Китая, нетто)</translation>
    </message>
    <message>
        <source>Direct investment from China, a year (the state&apos;s figures)</source>
        <translation>Прямые инвестиции из Китая за год (данные страны)</translation>
    </message>
    <message>
        <source>No figures of %1&apos;s debt owed to China are recorded (see GAPS.md)</source>
        <translation>%1: данные о долге перед Китаем не зарегистрированы (см. GAPS.md)</translation>
    </message>
    <message>
        <source>China&apos;s share of the external debt, as the same sources give it: %1</source>
        <translation>Доля Китая во внешнем долге по тем же источникам: %1</translation>
    </message>
    <message>
        <source>%1: external debt owed to China, %2</source>
        <translation>%1: внешний долг перед Китаем, %2</translation>
    </message>
    <message>
        <source>US dollars, the latest figure of each year; each source&apos;s own debt concept (see its note)</source>
        <translation>Доллары США, последнее значение каждого года; понятие долга — как у каждого источника (см. примечание)</translation>
    </message>
    <message>
        <source>No figures of Chinese investment in %1 by year are recorded (see GAPS.md)</source>
        <translation>%1: данные о китайских инвестициях по годам не зарегистрированы (см. GAPS.md)</translation>
    </message>
    <message>
        <source>Chinese direct investment in %1, %2</source>
        <translation>Прямые инвестиции Китая: %1, %2</translation>
    </message>
    <message>
        <source>US dollars; end-of-year stocks and yearly flows are different measures, side by side; China&apos;s flow is net (negative when more was withdrawn than invested)</source>
        <translation>Доллары США; запасы на конец года и годовые потоки — разные показатели, показанные рядом; поток по данным Китая — нетто (отрицателен, когда изъято больше, чем вложено)</translation>
    </message>
    <message>
        <source>No lending records with an amount are recorded for %1</source>
        <translation>%1: нет записей о кредитах с указанной суммой</translation>
    </message>
    <message>
        <source>Committed, constant 2017 US$</source>
        <translation>Обязательства, в постоянных долларах США 2017 г.</translation>
    </message>
    <message>
        <source>Chinese official finance to %1, %2</source>
        <translation>Официальное финансирование Китая: %1, %2</translation>
    </message>
    <message>
        <source>Loans, grants and other official flows committed by year, constant 2017 US$ (AidData GCDF 2.0, geocoded release: a subset, not a total)</source>
        <translation>Кредиты, гранты и другие официальные потоки по году обязательства, в постоянных долларах США 2017 г. (AidData GCDF 2.0, геокодированный выпуск: выборка, а не итог)</translation>
    </message>
    <message>
        <source>Largest sectors:</source>
        <translation>Крупнейшие отрасли:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <source>No source recorded</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>Sources of %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>Источник не указан.</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>Save these citations as a BibTeX file for a reference manager</source>
        <translation>Сохранить эти ссылки в файл BibTeX для менеджера библиографии</translation>
    </message>
    <message>
        <source>Save these citations as an RIS file (Zotero, EndNote, Mendeley)</source>
        <translation>Сохранить эти ссылки в файл RIS (Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Not in the dataset</source>
        <translation>Нет в наборе данных</translation>
    </message>
    <message>
        <source>Save citations as %1</source>
        <translation>Сохранить ссылки в формате %1</translation>
    </message>
    <message>
        <source>Citations not saved</source>
        <translation>Ссылки не сохранены</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Отчитывающаяся сторона</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Amount (constant 2017 US$)</source>
        <translation>Сумма (в постоянных долларах США 2017 г.)</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Тип потока</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Since / period</source>
        <translation>С какого времени / период</translation>
    </message>
    <message>
        <source>Claim or target</source>
        <translation>Заявление или цель</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <source>How they compare</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Европейский союз</translation>
    </message>
    <message>
        <source>Eurasian Economic Union</source>
        <translation>Евразийский экономический союз</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>СНГ</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Filter: name in any language or ISO code (Ctrl+F)</source>
        <translation>Фильтр: название на любом языке или код ISO (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the country list</source>
        <translation>Фильтр списка стран</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>No matches: no entry has this name or code in any language.</source>
        <translation>Совпадений нет: ни у одной записи нет такого названия или кода ни на одном языке.</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>Товарооборот с Китаем</translation>
    </message>
    <message>
        <source>China-reported trade with %1, %2: %3</source>
        <translation>%1, товарооборот с Китаем по данным Китая, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Web (1200 × 675)</source>
        <translation>Веб (1200 × 675)</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Слайд (1920 × 1080)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Квадрат (1080 × 1080)</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>Печать, A4, альбомная, 300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Пользовательский</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Shares of the five states</source>
        <translation>Доли пяти государств</translation>
    </message>
    <message>
        <source>What is traded</source>
        <translation>Товарная структура торговли</translation>
    </message>
    <message>
        <source>Trade partners</source>
        <translation>Торговые партнёры</translation>
    </message>
    <message>
        <source>China&apos;s figures against the state&apos;s</source>
        <translation>Данные Китая в сравнении с данными государства</translation>
    </message>
    <message>
        <source>Map (as shown: layers and view)</source>
        <translation>Карта (как на экране: слои и вид)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Векторное изображение SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Данные CSV</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмный</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Прозрачный</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>Предварительный просмотр экспортируемого файла</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;График:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Width, height, DPI:</source>
        <translation>Ширина, высота, DPI:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Ф&amp;он:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The map has no CSV: choose PNG, SVG or PDF</source>
        <translation>Карту нельзя экспортировать в CSV: выберите PNG, SVG или PDF</translation>
    </message>
    <message numerus="yes">
        <source>CSV: %n row(s), one per plotted value, with their sources and notes</source>
        <translation>
            <numerusform>CSV: %n строка, по одной на каждое значение графика, с источниками и примечаниями</numerusform>
            <numerusform>CSV: %n строки, по одной на каждое значение графика, с источниками и примечаниями</numerusform>
            <numerusform>CSV: %n строк, по одной на каждое значение графика, с источниками и примечаниями</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name to export to.</source>
        <translation>Выберите имя файла для экспорта.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>Файл %1 уже существует в папке %2. Заменить его?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>Debt owed to China</source>
        <translation>Долг перед Китаем</translation>
    </message>
    <message>
        <source>Chinese direct investment</source>
        <translation>Прямые инвестиции Китая</translation>
    </message>
    <message>
        <source>Loans and grants by year (AidData)</source>
        <translation>Кредиты и гранты по годам (AidData)</translation>
    </message>
    <message>
        <source>Alternative figure (another publisher&apos;s value is shown first). </source>
        <translation>Альтернативное значение (первым показано значение другого издателя). </translation>
    </message>
    <message>
        <source>Finance chart</source>
        <translation>График финансов</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;График:</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Гр&amp;афики</translation>
    </message>
    <message>
        <source>&amp;Lending records</source>
        <translation>&amp;Кредиты</translation>
    </message>
    <message>
        <source>Debt and investment are shown per state: choose one of the five</source>
        <translation>Долг и инвестиции показываются по отдельным странам: выберите одну из пяти</translation>
    </message>
    <message>
        <source>%1 (constant 2017 US$)</source>
        <translation>%1 (в постоянных долларах США 2017 г.)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Год обязательства</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Тип потока</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>caviewer project</source>
        <translation>Проект в caviewer</translation>
    </message>
    <message>
        <source>In AidData&apos;s totals</source>
        <translation>В итогах AidData</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>AidData record</source>
        <translation>Запись AidData</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Расчёт:</translation>
    </message>
    <message>
        <source>No lending records for this entry in the dataset.</source>
        <translation>Для этой записи в наборе данных нет записей о кредитах.</translation>
    </message>
    <message>
        <source>years not stated</source>
        <translation>годы не указаны</translation>
    </message>
    <message>
        <source>%1 records; %2 counted in AidData&apos;s totals: %3 committed %4, constant 2017 US$ (AidData GCDF 2.0, geocoded release: a subset, not a country total).</source>
        <translation>Записей: %1; учтено в итогах AidData: %2, обязательства %4 — %3 в постоянных долларах США 2017 г. (AidData GCDF 2.0, геокодированный выпуск: выборка, а не итог по стране).</translation>
    </message>
    <message>
        <source>no (financed by Huawei: AidData keeps it outside official-sector finance)</source>
        <translation>нет (финансирует Huawei: AidData не относит это к официальному финансированию)</translation>
    </message>
    <message>
        <source>no (umbrella, pledge or duplicate)</source>
        <translation>нет (рамочная запись, обещание или дубликат)</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>What China buys</source>
        <translation>Что покупает Китай</translation>
    </message>
    <message>
        <source>What China sells</source>
        <translation>Что продаёт Китай</translation>
    </message>
    <message>
        <source>China&apos;s customs</source>
        <translation>таможня Китая</translation>
    </message>
    <message>
        <source>%1&apos;s statistics</source>
        <translation>статистика: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 (named for %2; no value given)</source>
        <translation>%1 (упомянуто за %2; без значения)</translation>
    </message>
    <message>
        <source>%1. %2: %3% of trade (%4)</source>
        <translation>%1. %2: %3% товарооборота (%4)</translation>
    </message>
    <message>
        <source>China among %1&apos;s partners</source>
        <translation>%1: Китай среди торговых партнёров</translation>
    </message>
    <message>
        <source>, est.</source>
        <translation>, оценка</translation>
    </message>
    <message>
        <source>%1: %2 (%3%4; %5)</source>
        <translation>%1: %2 (%3%4; %5)</translation>
    </message>
    <message>
        <source>Largest projects (stated cost or investment)</source>
        <translation>Крупнейшие проекты (заявленная стоимость или инвестиции)</translation>
    </message>
    <message>
        <source>%1: %2 in constant 2017 dollars (%3)</source>
        <translation>%1: %2 в постоянных долларах 2017 г. (%3)</translation>
    </message>
    <message>
        <source>year not given</source>
        <translation>год не указан</translation>
    </message>
    <message>
        <source>Largest Chinese official loans and grants</source>
        <translation>Крупнейшие официальные кредиты и гранты Китая</translation>
    </message>
    <message>
        <source>Latest agreements</source>
        <translation>Последние соглашения</translation>
    </message>
    <message>
        <source>Latest: %1, %2</source>
        <translation>Последнее: %1, %2</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Следующее: %1, %2</translation>
    </message>
    <message>
        <source>Next: no later event is recorded in the dataset</source>
        <translation>Следующее: более поздних событий в наборе данных нет</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Trade</source>
        <translation>&amp;Торговля</translation>
    </message>
    <message>
        <source>&amp;Agreements and summits</source>
        <translation>&amp;Соглашения и саммиты</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Проекты</translation>
    </message>
    <message>
        <source>&amp;Finance and debt</source>
        <translation>&amp;Финансы и долг</translation>
    </message>
    <message>
        <source>P&amp;eople-to-people</source>
        <translation>&amp;Гуманитарные связи</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>Products and pa&amp;rtners</source>
        <translation>Товары и па&amp;ртнёры</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>caviewer is free software under the MIT licence. Built with Qt for Python (LGPLv3) and pyqtgraph (MIT).</source>
        <translation>caviewer — свободное программное обеспечение, распространяемое по лицензии MIT. Создано с использованием Qt for Python (LGPLv3) и pyqtgraph (MIT).</translation>
    </message>
    <message>
        <source>caviewer — China and Central Asia</source>
        <translation>caviewer — Китай и Центральная Азия</translation>
    </message>
    <message>
        <source>Profile panes</source>
        <translation>Вкладки профиля</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Save window as &amp;PNG…</source>
        <translation>Сохранить &amp;окно в PNG…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>Экспорт &amp;всех графиков…</translation>
    </message>
    <message>
        <source>Export &amp;briefing…</source>
        <translation>Экспорт аналитической &amp;справки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Find entry</source>
        <translation>&amp;Найти запись</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Очистить фильтр</translation>
    </message>
    <message>
        <source>Copy &amp;citation of selected row</source>
        <translation>Копировать &amp;ссылку на источник для выбранной строки</translation>
    </message>
    <message>
        <source>Copy chart &amp;image</source>
        <translation>Копировать &amp;изображение графика</translation>
    </message>
    <message>
        <source>Copy chart &amp;data</source>
        <translation>Копировать &amp;данные графика</translation>
    </message>
    <message>
        <source>Copy chart ci&amp;tation</source>
        <translation>Копировать ссылку на источник &amp;графика</translation>
    </message>
    <message>
        <source>&amp;Log scale (trade)</source>
        <translation>&amp;Логарифмическая шкала (торговля)</translation>
    </message>
    <message>
        <source>Trade &amp;table</source>
        <translation>Та&amp;блица (торговля)</translation>
    </message>
    <message>
        <source>All &amp;years (trade)</source>
        <translation>&amp;Все годы (торговля)</translation>
    </message>
    <message>
        <source>&amp;Previous entry</source>
        <translation>&amp;Предыдущая запись</translation>
    </message>
    <message>
        <source>&amp;Next entry</source>
        <translation>&amp;Следующая запись</translation>
    </message>
    <message>
        <source>&amp;Central Asia (all five)</source>
        <translation>&amp;Центральная Азия (все пять стран)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About caviewer</source>
        <translation>О п&amp;рограмме caviewer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;О Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <source>caviewer will use %1 from its next start.</source>
        <translation>Язык интерфейса: %1. Изменение вступит в силу при следующем запуске caviewer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source> · events to %1</source>
        <translation> · события по %1</translation>
    </message>
    <message numerus="yes">
        <source>Data %1 · as of %2%3 · %n source(s)</source>
        <translation>
            <numerusform>Данные %1 · по состоянию на %2%3 · %n источник</numerusform>
            <numerusform>Данные %1 · по состоянию на %2%3 · %n источника</numerusform>
            <numerusform>Данные %1 · по состоянию на %2%3 · %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>The data version&apos;s date; events, agreements and project milestones are covered up to the &apos;events to&apos; date (see data/GAPS.md).</source>
        <translation>Дата версии данных; события, соглашения и этапы проектов учтены по дату, указанную после слов «события по» (см. data/GAPS.md).</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>Версия данных</translation>
    </message>
    <message>
        <source>Project %1 is not listed for %2</source>
        <translation>Проект %1 отсутствует в записи %2</translation>
    </message>
    <message>
        <source>caviewer cannot read this entry</source>
        <translation>caviewer не может прочитать эту запись</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source(s) cited</source>
        <translation>
            <numerusform>%1: ссылки на %n источник</numerusform>
            <numerusform>%1: ссылки на %n источника</numerusform>
            <numerusform>%1: ссылки на %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare mode is for the five states: Central Asia and China are left out</source>
        <translation>Режим сравнения — только для пяти государств: Центральная Азия и Китай не включаются</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n state(s) in the Trade pane</source>
        <translation>
            <numerusform>Сравнение %n государства на вкладке «Торговля»</numerusform>
            <numerusform>Сравнение %n государств на вкладке «Торговля»</numerusform>
            <numerusform>Сравнение %n государств на вкладке «Торговля»</numerusform>
        </translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Ссылка на источник скопирована</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Сохранить окно в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save window as PNG failed</source>
        <translation>Не удалось сохранить окно в PNG</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Window saved to %1</source>
        <translation>Окно сохранено в %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Перемещение по списку</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Вверх, Вниз</translation>
    </message>
    <message>
        <source>Compare states</source>
        <translation>Сравнение государств</translation>
    </message>
    <message>
        <source>Ctrl+click in the list</source>
        <translation>Ctrl+щелчок в списке</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message numerus="yes">
        <source>Data version %1, as of %2; %n source(s); schema %3.</source>
        <translation>
            <numerusform>Версия данных %1 по состоянию на %2; %n источник; схема %3.</numerusform>
            <numerusform>Версия данных %1 по состоянию на %2; %n источника; схема %3.</numerusform>
            <numerusform>Версия данных %1 по состоянию на %2; %n источников; схема %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>see the terms of each source in the Sources pane</source>
        <translation>см. условия использования каждого источника на вкладке «Источники»</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Данные: %1.</translation>
    </message>
    <message>
        <source>An offline reference on China&apos;s relations with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.</source>
        <translation>Автономный справочник по отношениям Китая с Казахстаном, Кыргызстаном, Таджикистаном, Туркменистаном и Узбекистаном.</translation>
    </message>
    <message>
        <source>About caviewer</source>
        <translation>О программе caviewer</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Borders</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>Capitals and cities</source>
        <translation>Столицы и города</translation>
    </message>
    <message>
        <source>Border crossings and dry ports</source>
        <translation>Пункты пропуска и сухие порты</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Трубопроводы</translation>
    </message>
    <message>
        <source>Railways</source>
        <translation>Железные дороги</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Автодороги</translation>
    </message>
    <message>
        <source>Project sites</source>
        <translation>Объекты проектов</translation>
    </message>
    <message>
        <source>Data version %1 (as of %2)</source>
        <translation>Версия данных %1 (по состоянию на %2)</translation>
    </message>
    <message>
        <source>%1: borders, corridors and project sites</source>
        <translation>%1: границы, коридоры и объекты проектов</translation>
    </message>
    <message>
        <source>Pipelines, railways, roads, border crossings and project sites recorded in caviewer</source>
        <translation>Трубопроводы, железные и автомобильные дороги, пункты пропуска и объекты проектов, учтённые в caviewer</translation>
    </message>
    <message>
        <source>Boundaries: Natural Earth (public domain; de facto lines, no position on disputed borders)</source>
        <translation>Границы: Natural Earth (общественное достояние; фактическое прохождение, без позиции по спорным границам)</translation>
    </message>
    <message>
        <source>pipeline routes: Global Energy Monitor</source>
        <translation>трассы трубопроводов: Global Energy Monitor</translation>
    </message>
    <message>
        <source>places and other routes: the sources listed for each feature</source>
        <translation>пункты и прочие маршруты: источники, указанные для каждого объекта</translation>
    </message>
    <message>
        <source>Albers equal-area conic, standard parallels %1° N and %2° N, central meridian %3° E</source>
        <translation>Равновеликая коническая проекция Альберса, стандартные параллели %1° с. ш. и %2° с. ш., центральный меридиан %3° в. д.</translation>
    </message>
    <message>
        <source>Gas pipeline</source>
        <translation>Газопровод</translation>
    </message>
    <message>
        <source>Oil pipeline</source>
        <translation>Нефтепровод</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <source>Road corridor</source>
        <translation>Автодорожный коридор</translation>
    </message>
    <message>
        <source>Oil and gas</source>
        <translation>Нефть и газ</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Электроэнергетика</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>Атомная энергетика</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Горнодобывающая промышленность</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Промышленность</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Dry port</source>
        <translation>Сухой порт</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Project site</source>
        <translation>Объект проекта</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Промежуточный пункт</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>строится</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планируется</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>задерживается</translation>
    </message>
    <message>
        <source>Approximate line through the towns its sources name</source>
        <translation>Приблизительная линия через населённые пункты, названные в источниках</translation>
    </message>
    <message>
        <source>Located at the town the source names</source>
        <translation>Показано в населённом пункте, указанном источником</translation>
    </message>
    <message>
        <source>Approximate location</source>
        <translation>Приблизительное местоположение</translation>
    </message>
    <message>
        <source>%1; scale true on those parallels</source>
        <translation>%1; масштаб верен на этих параллелях</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Источники: %1.</translation>
    </message>
    <message>
        <source>Planned or delayed</source>
        <translation>Планируется или отложено</translation>
    </message>
    <message>
        <source>Approximate alignment</source>
        <translation>Приблизительная трасса</translation>
    </message>
    <message>
        <source>Dry port or station</source>
        <translation>Сухой порт или станция</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Hollow: not yet operating</source>
        <translation>Незакрашенный значок: ещё не действует</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Drag to pan, wheel or + and − to zoom, 0 to reset. Click a marker or line for its record.</source>
        <translation>Перетаскивание — сдвиг карты, колесо или + и − — масштаб, 0 — сброс. Щелчок по маркеру или линии открывает запись объекта.</translation>
    </message>
    <message>
        <source>Open in Projects</source>
        <translation>Открыть на вкладке «Проекты»</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Сбросить вид</translation>
    </message>
    <message>
        <source>Fit the entry again (0)</source>
        <translation>Снова показать запись целиком (0)</translation>
    </message>
    <message>
        <source> (at the town the source names)</source>
        <translation> (в населённом пункте, указанном в источнике)</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (приблизительно)</translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>%1° с. ш., %2° в. д.</translation>
    </message>
    <message>
        <source>Approximate line through the towns its sources name.</source>
        <translation>Приблизительная трасса через населённые пункты, указанные в источниках.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Agreement (%1)</source>
        <translation>Соглашение (%1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>Chinese partners:</source>
        <translation>Китайские партнёры:</translation>
    </message>
    <message>
        <source>Local partners:</source>
        <translation>Местные партнёры:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Place in the work</source>
        <translation>Место в издании</translation>
    </message>
    <message>
        <source>Retrieved via</source>
        <translation>Получено через</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Что измеряет</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия использования</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Alternative series (the header shows the first)</source>
        <translation>Альтернативный ряд (в заголовке показан первый)</translation>
    </message>
    <message>
        <source>%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and %6 sources cited by the records shown.</source>
        <translation>%1 в наборе данных: событий — %2, соглашений — %3, проектов — %4, гуманитарных связей — %5, источников, на которые ссылаются показанные записи, — %6.</translation>
    </message>
    <message>
        <source>%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and %6 sources.</source>
        <translation>%1 в наборе данных: событий — %2, соглашений — %3, проектов — %4, гуманитарных связей — %5, источников — %6.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Кем:</translation>
    </message>
    <message>
        <source>Target or claim:</source>
        <translation>Цель или заявление:</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Измерено:</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>ВВП</translation>
    </message>
    <message>
        <source>Relationship with China</source>
        <translation>Отношения с Китаем</translation>
    </message>
    <message>
        <source>Trade with China, China-reported</source>
        <translation>Товарооборот с Китаем, по данным Китая</translation>
    </message>
    <message>
        <source>Trade with China, partner-reported</source>
        <translation>Товарооборот с Китаем, по данным партнёра</translation>
    </message>
    <message>
        <source>China&apos;s share of its trade</source>
        <translation>Доля Китая в товарообороте страны</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>Внешний долг перед Китаем</translation>
    </message>
    <message>
        <source>Chinese finance committed</source>
        <translation>Китайское финансирование (обязательства)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (с %2)</translation>
    </message>
    <message>
        <source>According to %1, %2.</source>
        <translation>По данным %1, %2.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>agreements</source>
        <translation>соглашения</translation>
    </message>
    <message>
        <source>chart values</source>
        <translation>значения графика</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>финансовые показатели</translation>
    </message>
    <message>
        <source>lending records</source>
        <translation>записи о кредитах</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>сведения обзора</translation>
    </message>
    <message>
        <source>targets and claims</source>
        <translation>цели и заявления</translation>
    </message>
    <message>
        <source>people</source>
        <translation>гуманитарные связи</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>проекты</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Details of the selected row (%1)</source>
        <translation>Подробности выбранной строки (%1)</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>Экспорт ссылок</translation>
    </message>
    <message>
        <source>Selected row&apos;s sources</source>
        <translation>Источники выбранной строки</translation>
    </message>
    <message>
        <source>Sources of all rows shown</source>
        <translation>Источники всех показанных строк</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1 в формате %2…</translation>
    </message>
    <message>
        <source>The dataset records no %1 for this entry.</source>
        <translation>Для этой записи в наборе данных нет сведений (%1).</translation>
    </message>
    <message>
        <source>No row matches the filter; clear it to see every row.</source>
        <translation>Ни одна строка не соответствует фильтру; очистите его, чтобы увидеть все строки.</translation>
    </message>
    <message>
        <source>Select a row to see its details and sources.</source>
        <translation>Выберите строку, чтобы увидеть подробности и источники.</translation>
    </message>
    <message>
        <source>No matches (of %1)</source>
        <translation>Совпадений нет (из %1)</translation>
    </message>
    <message>
        <source>No row contains the filter text; clear it to see every row.</source>
        <translation>Ни одна строка не содержит текста фильтра; очистите его, чтобы увидеть все строки.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2</source>
        <translation>Показаны последние %1 из %2</translation>
    </message>
    <message>
        <source>%3 of the latest %1 of %2</source>
        <translation>%3 из последних %1 (всего %2)</translation>
    </message>
    <message>
        <source>Only the newest %1 records are loaded here; the filter searches those (caviewer dump exports all %2).</source>
        <translation>Здесь загружены только %1 самых новых записей; фильтр ищет среди них (caviewer dump экспортирует все %2).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source> by %1</source>
        <translation> к %1 году</translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message>
        <source>China&apos;s &amp;exports</source>
        <translation>&amp;Экспорт Китая</translation>
    </message>
    <message>
        <source>China-reported exports to the state, as bars</source>
        <translation>Экспорт Китая в страну по данным Китая, столбцами</translation>
    </message>
    <message>
        <source>China&apos;s &amp;imports</source>
        <translation>&amp;Импорт Китая</translation>
    </message>
    <message>
        <source>China-reported imports from the state, as bars</source>
        <translation>Импорт Китая из страны по данным Китая, столбцами</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Сальдо</translation>
    </message>
    <message>
        <source>China&apos;s exports minus imports, same reporter, where both exist (derived)</source>
        <translation>Экспорт Китая минус импорт по данным одной стороны, где есть оба значения (расчётное значение)</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Лог. шкала</translation>
    </message>
    <message>
        <source>Logarithmic value axis (bars are hidden on a log scale)</source>
        <translation>Логарифмическая ось значений (столбцы на логарифмической шкале скрыты)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Show the values as a table under the plot</source>
        <translation>Показать значения таблицей под графиком</translation>
    </message>
    <message>
        <source>Why the two differ…</source>
        <translation>Почему расходятся…</translation>
    </message>
    <message>
        <source>China-reported over partner-reported trade, year by year, with the sourced reasons (Products and partners pane)</source>
        <translation>Отношение данных Китая к данным партнёра по годам, с причинами по источникам (вкладка «Товары и партнёры»)</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>Первый показанный год</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Последний показанный год</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Годы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Show every year with data</source>
        <translation>Показать все годы, за которые есть данные</translation>
    </message>
    <message>
        <source>Trade values by year</source>
        <translation>Значения товарооборота по годам</translation>
    </message>
    <message>
        <source>China-reported</source>
        <translation>По данным Китая</translation>
    </message>
    <message>
        <source>partner-reported</source>
        <translation>по данным партнёра</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>, %1% on %2 (%3)</source>
        <translation>, %1% к %2 (%3)</translation>
    </message>
    <message>
        <source>Part year (not on the annual line):</source>
        <translation>Неполный год (не на годовой линии):</translation>
    </message>
    <message>
        <source>Part-year figures</source>
        <translation>Данные за неполный год</translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation>Примечания к этим данным</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on these figures</source>
        <translation>
            <numerusform>%n примечание к этим данным</numerusform>
            <numerusform>%n примечания к этим данным</numerusform>
            <numerusform>%n примечаний к этим данным</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Comparing %1: solid lines China-reported, dashed partner-reported.</source>
        <translation>Сравнение: %1; сплошные линии — по данным Китая, пунктирные — по данным партнёров.</translation>
    </message>
    <message>
        <source>China&apos;s trade with the five Central Asian states (China-reported), and each state&apos;s share of it in years where all five report. Ctrl+click states in the list to compare.</source>
        <translation>Торговля Китая с пятью государствами Центральной Азии (по данным Китая) и доля каждого из них в годы, за которые данные есть по всем пяти. Ctrl+щелчок по странам в списке — сравнение.</translation>
    </message>
    <message>
        <source>Goods trade between China and %1, as each side reports it. Hollow symbols: estimates or derived values (such as a total summed from the two published flows). Ctrl+click more states in the list to compare.</source>
        <translation>Товарооборот Китай — %1 по данным каждой из сторон. Незакрашенные маркеры — оценки или расчётные значения (например, итог, сложенный из двух опубликованных потоков). Ctrl+щелчок по другим странам в списке — сравнение.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>(constant 2021 US$)</source>
        <translation>(в постоянных долларах США 2021 г.)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% ВВП</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>т/год</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <source>m³/yr</source>
        <translation>м³/год</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>соглашений</translation>
    </message>
    <message>
        <source>places</source>
        <translation>мест</translation>
    </message>
    <message>
        <source>scholarships</source>
        <translation>стипендий</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>flights/week</source>
        <translation>рейсов в неделю</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>МВт</translation>
    </message>
    <message>
        <source>kWh/yr</source>
        <translation>кВт·ч/год</translation>
    </message>
    <message>
        <source>constant 2021 US$</source>
        <translation>в постоянных долларах США 2021 г.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Подписано соглашений</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>China fdi stock edb</source>
        <translation>Накопленные прямые инвестиции Китая (ЕАБР)</translation>
    </message>
    <message>
        <source>China investment stock all kinds</source>
        <translation>Накопленные инвестиции Китая всех видов</translation>
    </message>
    <message>
        <source>China ofdi flow</source>
        <translation>Поток прямых инвестиций Китая</translation>
    </message>
    <message>
        <source>China ofdi stock</source>
        <translation>Накопленные прямые инвестиции Китая</translation>
    </message>
    <message>
        <source>China share of exports</source>
        <translation>Доля Китая в экспорте</translation>
    </message>
    <message>
        <source>China share of imports</source>
        <translation>Доля Китая в импорте</translation>
    </message>
    <message>
        <source>China share of trade</source>
        <translation>Доля Китая в товарообороте</translation>
    </message>
    <message>
        <source>Chinese development finance committed</source>
        <translation>Китайское финансирование развития (обязательства)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Confucius institute</source>
        <translation>Институт Конфуция</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Contracted projects turnover cumulative</source>
        <translation>Оборот подрядных проектов, нарастающим итогом</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Кредитная линия</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>Проектная мощность</translation>
    </message>
    <message>
        <source>Diplomatic relations</source>
        <translation>Дипломатические отношения</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>External debt China share</source>
        <translation>Доля Китая во внешнем долге</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>Внешний долг перед Китаем</translation>
    </message>
    <message>
        <source>External debt owed to China exim</source>
        <translation>Долг перед Эксимбанком Китая</translation>
    </message>
    <message>
        <source>External debt to GDP</source>
        <translation>Внешний долг к ВВП</translation>
    </message>
    <message>
        <source>External debt total</source>
        <translation>Внешний долг, всего</translation>
    </message>
    <message>
        <source>Fdi from China partner reported</source>
        <translation>Прямые инвестиции из Китая (по данным партнёра)</translation>
    </message>
    <message>
        <source>Fdi from China partner reported cumulative</source>
        <translation>Прямые инвестиции из Китая, нарастающим итогом (по данным партнёра)</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Авиасообщение</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Gas exports to China value</source>
        <translation>Экспорт газа в Китай, стоимость</translation>
    </message>
    <message>
        <source>GDP current USD</source>
        <translation>ВВП (в текущих долларах США)</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Промышленность</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <source>Investment cumulative</source>
        <translation>Инвестиции, нарастающим итогом</translation>
    </message>
    <message>
        <source>Investment portfolio</source>
        <translation>Портфель инвестиций</translation>
    </message>
    <message>
        <source>Investment stock</source>
        <translation>Накопленные инвестиции</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Протяжённость</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Горнодобывающая отрасль</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>Встреча министров</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Несколько областей</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>Атомная энергетика</translation>
    </message>
    <message>
        <source>Oil gas</source>
        <translation>Нефть и газ</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Ввод в эксплуатацию</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Partner trade balance unattributed</source>
        <translation>Сальдо торговли партнёра (отчитывающаяся сторона не указана)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Обещание финансирования</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Электроэнергетика</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>Уровень отношений</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Стипендии</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>State visit</source>
        <translation>Государственный визит</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Trade growth</source>
        <translation>Рост товарооборота</translation>
    </message>
    <message>
        <source>Trade note</source>
        <translation>Сведения о торговле</translation>
    </message>
    <message>
        <source>Trade partner rank</source>
        <translation>Место среди торговых партнёров</translation>
    </message>
    <message>
        <source>Trade total unattributed</source>
        <translation>Товарооборот (отчитывающаяся сторона не указана)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Города-побратимы</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Визы</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Водные ресурсы</translation>
    </message>
</context>
</TS>
