<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>caviewer cannot open its database</source>
        <translation>caviewer无法打开其数据库</translation>
    </message>
    <message>
        <source>caviewer reads this file and never changes it. Reinstall caviewer to restore the bundled database, or pass a valid file with --db PATH.</source>
        <translation>caviewer只读取此文件，从不修改。请重新安装caviewer以恢复内置数据库，或用--db PATH指定有效文件。</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>正在写入%1（第%2个，共%3个）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>BreakdownPane</name>
    <message>
        <source>What is traded</source>
        <translation>贸易商品</translation>
    </message>
    <message>
        <source>Trade partners (the state&apos;s own figures)</source>
        <translation>贸易伙伴（该国本国数据）</translation>
    </message>
    <message>
        <source>China&apos;s figures against the state&apos;s (the gap)</source>
        <translation>中方数据与该国数据对比（差距）</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Year of the product list</source>
        <translation>商品清单年份</translation>
    </message>
    <message>
        <source>Fullest list</source>
        <translation>最完整清单</translation>
    </message>
    <message>
        <source>Products, partners and the reporter gap are shown per state: choose one of the five (the region&apos;s own trade is on the Trade pane).</source>
        <translation>商品、伙伴和数据差距按国家显示：请选择五国之一（整个地区的贸易见“贸易”面板）。</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>Sources of the chart:</source>
        <translation>图表来源：</translation>
    </message>
    <message>
        <source>caviewer briefing: %1</source>
        <translation>caviewer简报：%1</translation>
    </message>
    <message>
        <source>China and %1: trade, agreements, projects, finance and people-to-people ties</source>
        <translation>中国与%1：贸易、协议、项目、金融与人文交流</translation>
    </message>
    <message>
        <source>caviewer briefing</source>
        <translation>caviewer简报</translation>
    </message>
    <message>
        <source>China and %1: trade, agreements, projects, finance and people-to-people ties.</source>
        <translation>中国与%1：贸易、协议、项目、金融与人文交流。</translation>
    </message>
    <message>
        <source>the as-of date</source>
        <translation>数据截止日期</translation>
    </message>
    <message>
        <source>Data as of %1 (dataset version %2); events covered to %3.</source>
        <translation>数据截至%1（数据集版本%2）；事件收录至%3。</translation>
    </message>
    <message>
        <source>Every figure and statement refers by number to its source, listed in full on the last pages.</source>
        <translation>每个数字和每项陈述均以编号标注其来源，完整来源列表见最后几页。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>简要说明</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>要点一览</translation>
    </message>
    <message>
        <source>Targets and claims beside the statistics</source>
        <translation>目标与说法对照统计数据</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Part year, China-reported: %1 %2</source>
        <translation>非全年，中方数据：%1 %2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>说明（%1）：%2</translation>
    </message>
    <message>
        <source>Products and partners</source>
        <translation>商品与伙伴</translation>
    </message>
    <message>
        <source>No product lists or partner shares are recorded for this entry (see the dataset&apos;s GAPS.md).</source>
        <translation>本条目未收录商品清单或贸易伙伴占比（见数据集的GAPS.md）。</translation>
    </message>
    <message>
        <source>Agreements and summits</source>
        <translation>协议与峰会</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>未收录协议。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No projects recorded.</source>
        <translation>未收录项目。</translation>
    </message>
    <message>
        <source>Where: borders, corridors and project sites</source>
        <translation>位置：边界、通道与项目地点</translation>
    </message>
    <message>
        <source>Sources of the map:</source>
        <translation>地图来源：</translation>
    </message>
    <message>
        <source>Finance and debt</source>
        <translation>金融与债务</translation>
    </message>
    <message>
        <source>People-to-people ties</source>
        <translation>人文交流</translation>
    </message>
    <message>
        <source>No people-to-people ties recorded.</source>
        <translation>未收录人文交流。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>第五</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>第六</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>中亚</translation>
    </message>
    <message>
        <source>China&apos;s figures put its trade with %1 at %2 in %3</source>
        <translation>据中方数据，%3年中国与%1的贸易额为%2</translation>
    </message>
    <message>
        <source>, %1% on %2</source>
        <translation>，较%2年变化%1%</translation>
    </message>
    <message>
        <source> (an estimate)</source>
        <translation>（估计值）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 publishes no recent figures of its own trade with China: the latest partner-side value recorded is for %2.</source>
        <translation>%1未公布近期本国对华贸易数据：所收录的伙伴国最新数据为%2年。</translation>
    </message>
    <message>
        <source>%1&apos;s own statistics give %2 for %3</source>
        <translation>据%1本国统计，%3年为%2</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is %1 times as large</source>
        <translation>；中方同年数据为其%1倍</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is %1% lower</source>
        <translation>；中方同年数据低%1%</translation>
    </message>
    <message>
        <source>; China&apos;s figure for that year is within 5% of it</source>
        <translation>；中方同年数据与之相差不超过5%</translation>
    </message>
    <message>
        <source>In %1 China&apos;s figures show %2, %3% on the same months of %4.</source>
        <translation>据中方数据，%1为%2，较%4年同期变化%3%。</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>by the source</source>
        <translation>据来源</translation>
    </message>
    <message>
        <source>China&apos;s share of %1&apos;s trade was %2% in %3, %4.</source>
        <translation>中国在%1贸易中的占比为%2%（%3，%4）。</translation>
    </message>
    <message>
        <source>By %1&apos;s own figures, China was its largest trade partner in %2 (%3%), ahead of %4 (%5%).</source>
        <translation>据%1本国数据，%2年中国是其最大贸易伙伴（%3%），领先于%4（%5%）。</translation>
    </message>
    <message>
        <source>By %1&apos;s own figures, China was its %2 trade partner in %3 (%4%), after %5 (%6%).</source>
        <translation>据%1本国数据，%3年中国是其%2大贸易伙伴（%4%），次于%5（%6%）。</translation>
    </message>
    <message>
        <source>The largest item China bought from %1 in the list recorded for %2 was %3, %4.</source>
        <translation>中国自%1进口的最大商品（所收录的%2清单）为%3，%4。</translation>
    </message>
    <message>
        <source>The largest item China bought from %1 in the one figure recorded for %2 was %3, %4.</source>
        <translation>中国自%1进口的最大商品（所收录的%2唯一数据）为%3，%4。</translation>
    </message>
    <message>
        <source>Note on the figures (%1): %2.</source>
        <translation>数据说明（%1）：%2。</translation>
    </message>
    <message>
        <source>External debt of %1 owed to Chinese creditors: %2 (%3).</source>
        <translation>%1对中国债权人的外债：%2（%3）。</translation>
    </message>
    <message>
        <source> at constant 2021 prices</source>
        <translation>（按2021年不变价）</translation>
    </message>
    <message>
        <source>Chinese development finance committed to %1 in %2 comes to %3%4.</source>
        <translation>%2年间中国对%1承诺的发展融资为%3%4。</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，贷款方为%1</translation>
    </message>
    <message>
        <source>The largest loan or grant in AidData&apos;s records for %1 is %2%3, committed in %4 (constant 2017 US$).</source>
        <translation>AidData记录中%1获得的最大一笔贷款或赠款为%2%3，承诺于%4年（按2017年不变价美元计）。</translation>
    </message>
    <message>
        <source>The latest agreement recorded: %1 (%2).</source>
        <translation>所收录的最新协议：%1（%2）。</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估计值）</translation>
    </message>
    <message>
        <source>The costliest project recorded is the %1, %2%3.</source>
        <translation>所收录造价最高的项目为%1，%2%3。</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source> (est.)</source>
        <translation>（估）</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>（推算）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>latest in the dataset: %1</source>
        <translation>数据集中最新数据：%1</translation>
    </message>
    <message>
        <source>none in the dataset</source>
        <translation>数据集中无数据</translation>
    </message>
    <message>
        <source>not in the dataset</source>
        <translation>数据集中无此项</translation>
    </message>
    <message>
        <source>price basis not stated</source>
        <translation>未注明价格基准</translation>
    </message>
    <message>
        <source>China–Central Asia trade</source>
        <translation>中国—中亚贸易额</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>对华贸易额</translation>
    </message>
    <message>
        <source>China&apos;s share of the region&apos;s trade</source>
        <translation>中国在本地区贸易中的占比</translation>
    </message>
    <message>
        <source>China&apos;s share of %1&apos;s trade</source>
        <translation>中国在%1贸易中的占比</translation>
    </message>
    <message>
        <source>%1, China-reported</source>
        <translation>%1（中方数据）</translation>
    </message>
    <message>
        <source>%1, partner-reported</source>
        <translation>%1（伙伴国数据）</translation>
    </message>
    <message>
        <source>Chinese finance committed</source>
        <translation>中国融资承诺额</translation>
    </message>
    <message>
        <source>Population of the five states</source>
        <translation>五国人口</translation>
    </message>
    <message>
        <source>GDP of the five states (current US$)</source>
        <translation>五国国内生产总值（现价美元）</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>GDP (current US$)</source>
        <translation>国内生产总值（现价美元）</translation>
    </message>
    <message>
        <source>no five-state sum: Turkmenistan publishes no trade by partner</source>
        <translation>无五国合计：土库曼斯坦未公布分伙伴国贸易数据</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>对华外债</translation>
    </message>
    <message>
        <source>shown per state</source>
        <translation>按国别显示</translation>
    </message>
    <message>
        <source>Sum of the five states&apos; %1 figures, as each state&apos;s header shows them.</source>
        <translation>五国%1年数据之和，取各国概况栏所示数值。</translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <source>Chart exported to %1</source>
        <translation>图表已导出至%1</translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation>将全部图表导出到文件夹</translation>
    </message>
    <message>
        <source>Export all charts: cancelled after writing %1 files in %2</source>
        <translation>导出全部图表：已取消，已在%2中写入%1个文件</translation>
    </message>
    <message>
        <source>Export all charts: wrote %1 files in %2</source>
        <translation>导出全部图表：已在%2中写入%1个文件</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Writing the briefing on %1…</source>
        <translation>正在写入%1的简报…</translation>
    </message>
    <message>
        <source>Briefing exported to %1</source>
        <translation>简报已导出至%1</translation>
    </message>
    <message>
        <source>Chart image copied (%1 × %2 px)</source>
        <translation>图表图像已复制（%1 × %2像素）</translation>
    </message>
    <message>
        <source>The map has no data table to copy; use Copy chart image</source>
        <translation>地图没有可复制的数据表；请使用“复制图表图像”</translation>
    </message>
    <message numerus="yes">
        <source>Chart data copied (%n row(s), tab-separated)</source>
        <translation>
            <numerusform>图表数据已复制（%n行，制表符分隔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart citation copied</source>
        <translation>图表引用已复制</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 chart files already exist in %2. Replace them?</source>
        <translation>%2中已有%1个图表文件。是否替换？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Trade plot</source>
        <translation>贸易图表</translation>
    </message>
    <message>
        <source>Trade with China by year; the table twin holds the same values</source>
        <translation>逐年对华贸易额；对应表格列有相同数值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>光标处的数值</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估）</translation>
    </message>
    <message>
        <source>Hollow symbol: estimate or derived</source>
        <translation>空心标记：估计值或推算值</translation>
    </message>
    <message>
        <source>No trade values in the dataset for this entry.</source>
        <translation>数据集中无本条目的贸易数值。</translation>
    </message>
    <message>
        <source>Share of China–Central Asia trade (China-reported):</source>
        <translation>在中国—中亚贸易中的占比（中方数据）：</translation>
    </message>
    <message>
        <source>Shares of China-Central Asia trade</source>
        <translation>中国—中亚贸易份额</translation>
    </message>
    <message>
        <source>Share of the five, %</source>
        <translation>占五国比重（%）</translation>
    </message>
    <message>
        <source>Data version %1 (as of %2)</source>
        <translation>数据版本%1（截至%2）</translation>
    </message>
    <message>
        <source>Hollow marker: estimate or derived value</source>
        <translation>空心标记：估计值或推算值</translation>
    </message>
    <message>
        <source>Hollow marker or lighter bar: estimate or derived value</source>
        <translation>空心标记或浅色柱：估计值或推算值</translation>
    </message>
    <message>
        <source>Lighter bar: estimate or derived value</source>
        <translation>浅色柱：估计值或推算值</translation>
    </message>
    <message>
        <source>Shares of China–Central Asia trade by state, %1</source>
        <translation>%1年各国在中国—中亚贸易中的占比</translation>
    </message>
    <message>
        <source>Percent of the five states&apos; total trade with China, China-reported; years in which all five have a value</source>
        <translation>占五国对华贸易总额的百分比（中方数据）；仅含五国均有数值的年份</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>as reported by China and each partner</source>
        <translation>按中方及各伙伴国数据</translation>
    </message>
    <message>
        <source>as reported by China</source>
        <translation>按中方数据</translation>
    </message>
    <message>
        <source>as reported by each partner</source>
        <translation>按各伙伴国数据</translation>
    </message>
    <message>
        <source>China&apos;s trade with %1, %2</source>
        <translation>%2年中国与%1的贸易</translation>
    </message>
    <message>
        <source>Annual total trade in US dollars, %1 (partner-reported dashed)</source>
        <translation>年度贸易总额（美元），%1（虚线为伙伴国数据）</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>中亚</translation>
    </message>
    <message>
        <source>the five states</source>
        <translation>五国</translation>
    </message>
    <message>
        <source>as reported by China and by %1</source>
        <translation>按中方及%1数据</translation>
    </message>
    <message>
        <source>as reported by %1</source>
        <translation>按%1数据</translation>
    </message>
    <message>
        <source>Annual trade summed over the five states in US dollars, %1</source>
        <translation>五国年度贸易额合计（美元），%1</translation>
    </message>
    <message>
        <source>Annual trade in US dollars, %1</source>
        <translation>年度贸易额（美元），%1</translation>
    </message>
    <message>
        <source>China–%1 trade, %2</source>
        <translation>%2年中国—%1贸易</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>. Full notes: CSV export and Copy citation.</source>
        <translation>。完整说明见CSV导出文件及“复制引用”。</translation>
    </message>
    <message>
        <source> (estimate or derived)</source>
        <translation>（估计值或推算值）</translation>
    </message>
    <message>
        <source>%1% of the flow</source>
        <translation>占该流量的%1%</translation>
    </message>
    <message>
        <source>Sources: see the caviewer dataset</source>
        <translation>来源：见caviewer数据集</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>; and %n more (full list: Copy citation)</source>
        <translation>；另有%n个来源（完整列表见“复制引用”）</translation>
    </message>
    <message>
        <source>China-reported total</source>
        <translation>贸易总额（中方数据）</translation>
    </message>
    <message>
        <source>Partner-reported total</source>
        <translation>贸易总额（伙伴国数据）</translation>
    </message>
    <message>
        <source>China&apos;s exports</source>
        <translation>中国出口</translation>
    </message>
    <message>
        <source>China&apos;s imports</source>
        <translation>中国进口</translation>
    </message>
    <message>
        <source>Balance (derived)</source>
        <translation>差额（推算值）</translation>
    </message>
    <message>
        <source>Balance, partner-reported (derived)</source>
        <translation>差额（伙伴国数据，推算值）</translation>
    </message>
    <message>
        <source>China-reported</source>
        <translation>中方数据</translation>
    </message>
    <message>
        <source>partner-reported</source>
        <translation>伙伴国数据</translation>
    </message>
    <message>
        <source>Central Asia total, China-reported</source>
        <translation>中亚五国合计（中方数据）</translation>
    </message>
    <message>
        <source>%1 (part year)</source>
        <translation>%1（非全年）</translation>
    </message>
    <message>
        <source>Trade at a glance</source>
        <translation>贸易一览</translation>
    </message>
    <message>
        <source>No trade data</source>
        <translation>无贸易数据</translation>
    </message>
    <message>
        <source>No trade data for this entry</source>
        <translation>本条目无贸易数据</translation>
    </message>
    <message>
        <source>China&apos;s exports to %1</source>
        <translation>中国对%1出口</translation>
    </message>
    <message>
        <source>China&apos;s imports from %1</source>
        <translation>中国自%1进口</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>贸易总额</translation>
    </message>
    <message>
        <source>China&apos;s exports / the state&apos;s imports</source>
        <translation>中国出口/该国进口</translation>
    </message>
    <message>
        <source>China&apos;s imports / the state&apos;s exports</source>
        <translation>中国进口/该国出口</translation>
    </message>
    <message>
        <source>%1 has no year with both China&apos;s and its own figures</source>
        <translation>%1没有同时具备中方数据和本国数据的年份</translation>
    </message>
    <message>
        <source>China-reported over %1-reported trade, %2</source>
        <translation>中方数据与%1数据之比，%2</translation>
    </message>
    <message>
        <source>Ratio of the two reporters&apos; figures for the same flow and year, logarithmic scale (1 = they agree; import figures include freight, so about 0.9 to 1.1 is ordinary)</source>
        <translation>同一流向、同一年份两个报告方数据之比，对数刻度（1表示一致；进口数据含运费，约0.9至1.1属正常）</translation>
    </message>
    <message>
        <source>No yearly share of China in %1&apos;s own trade statistics is recorded</source>
        <translation>未收录%1本国贸易统计中中国所占的年度份额</translation>
    </message>
    <message>
        <source>%1&apos;s main trade partners, %2</source>
        <translation>%1的主要贸易伙伴，%2</translation>
    </message>
    <message>
        <source>Share of %1&apos;s goods trade turnover, percent, by its own statistics; China and the %2 largest others</source>
        <translation>占%1货物贸易额的比重（%），据该国统计；中国及其他%2个最大伙伴</translation>
    </message>
    <message>
        <source>No product figures for %1&apos;s trade with China are recorded (see GAPS.md)</source>
        <translation>未收录%1对华贸易的商品数据（见GAPS.md）</translation>
    </message>
    <message>
        <source>What China and %1 trade, %2</source>
        <translation>中国与%1的贸易商品，%2</translation>
    </message>
    <message>
        <source>What China buys from %1, %2</source>
        <translation>中国自%1进口的商品，%2</translation>
    </message>
    <message>
        <source>What China sells to %1, %2</source>
        <translation>中国对%1出口的商品，%2</translation>
    </message>
    <message>
        <source>Largest products listed by the source, US dollars</source>
        <translation>来源所列最大商品，美元</translation>
    </message>
    <message>
        <source>Largest products listed by the source, value or share of the flow</source>
        <translation>来源所列最大商品，金额或所占份额</translation>
    </message>
    <message>
        <source>Owed to China</source>
        <translation>对华债务</translation>
    </message>
    <message>
        <source>Total external public debt</source>
        <translation>外部公共债务总额</translation>
    </message>
    <message>
        <source>China&apos;s direct investment stock (China&apos;s figures)</source>
        <translation>中国直接投资存量（中方数据）</translation>
    </message>
    <message>
        <source>Chinese direct investment stock (Eurasian Development Bank)</source>
        <translation>中国直接投资存量（欧亚开发银行）</translation>
    </message>
    <message>
        <source>China&apos;s direct investment flow, a year (China&apos;s figures, net)</source>
        <translation>中国年度直接投资流量（中方数据，净额）</translation>
    </message>
    <message>
        <source>Direct investment from China, a year (the state&apos;s figures)</source>
        <translation>来自中国的年度直接投资（该国数据）</translation>
    </message>
    <message>
        <source>No figures of %1&apos;s debt owed to China are recorded (see GAPS.md)</source>
        <translation>未收录%1对华债务数据（见GAPS.md）</translation>
    </message>
    <message>
        <source>China&apos;s share of the external debt, as the same sources give it: %1</source>
        <translation>同一来源给出的中国所占外债比重：%1</translation>
    </message>
    <message>
        <source>%1: external debt owed to China, %2</source>
        <translation>%1：对华外债，%2</translation>
    </message>
    <message>
        <source>US dollars, the latest figure of each year; each source&apos;s own debt concept (see its note)</source>
        <translation>美元，每年最新数据；债务口径以各来源为准（见说明）</translation>
    </message>
    <message>
        <source>No figures of Chinese investment in %1 by year are recorded (see GAPS.md)</source>
        <translation>未收录中国在%1的年度投资数据（见GAPS.md）</translation>
    </message>
    <message>
        <source>Chinese direct investment in %1, %2</source>
        <translation>中国对%1的直接投资，%2</translation>
    </message>
    <message>
        <source>US dollars; end-of-year stocks and yearly flows are different measures, side by side; China&apos;s flow is net (negative when more was withdrawn than invested)</source>
        <translation>美元；年末存量与年度流量为不同指标，并列显示；中方流量为净额（撤资多于投资时为负）</translation>
    </message>
    <message>
        <source>No lending records with an amount are recorded for %1</source>
        <translation>未收录%1有金额的贷款记录</translation>
    </message>
    <message>
        <source>Committed, constant 2017 US$</source>
        <translation>承诺额，按2017年不变价美元计</translation>
    </message>
    <message>
        <source>Chinese official finance to %1, %2</source>
        <translation>中国对%1的官方融资，%2</translation>
    </message>
    <message>
        <source>Loans, grants and other official flows committed by year, constant 2017 US$ (AidData GCDF 2.0, geocoded release: a subset, not a total)</source>
        <translation>按承诺年份统计的贷款、赠款及其他官方资金，按2017年不变价美元计（AidData GCDF 2.0地理编码版：子集，并非总额）</translation>
    </message>
    <message>
        <source>Largest sectors:</source>
        <translation>最大行业：</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <source>No source recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>Sources of %1</source>
        <translation>%1的来源</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>未记录来源。</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>复制引用(&amp;C)</translation>
    </message>
    <message>
        <source>Save these citations as a BibTeX file for a reference manager</source>
        <translation>将这些引用保存为BibTeX文件，供文献管理软件使用</translation>
    </message>
    <message>
        <source>Save these citations as an RIS file (Zotero, EndNote, Mendeley)</source>
        <translation>将这些引用保存为RIS文件（Zotero、EndNote、Mendeley）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not in the dataset</source>
        <translation>数据集中无此项</translation>
    </message>
    <message>
        <source>Save citations as %1</source>
        <translation>将引用保存为%1</translation>
    </message>
    <message>
        <source>Citations not saved</source>
        <translation>引用未保存</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告方</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>Amount (constant 2017 US$)</source>
        <translation>金额（按2017年不变价美元计）</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>资金类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Since / period</source>
        <translation>起始时间/时期</translation>
    </message>
    <message>
        <source>Claim or target</source>
        <translation>说法或目标</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>How they compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古国</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>伊朗</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>Eurasian Economic Union</source>
        <translation>欧亚经济联盟</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>独联体</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Filter: name in any language or ISO code (Ctrl+F)</source>
        <translation>筛选：任一语言的名称或ISO代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the country list</source>
        <translation>筛选国家列表</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>No matches: no entry has this name or code in any language.</source>
        <translation>无匹配项：没有任何条目在任一语言中使用此名称或代码。</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>对华贸易额</translation>
    </message>
    <message>
        <source>China-reported trade with %1, %2: %3</source>
        <translation>%2年中国与%1贸易额（中方数据）：%3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Web (1200 × 675)</source>
        <translation>网页（1200 × 675）</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>幻灯片（1920 × 1080）</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>方形（1080 × 1080）</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>打印：A4横向，300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Shares of the five states</source>
        <translation>五国占比</translation>
    </message>
    <message>
        <source>What is traded</source>
        <translation>贸易商品</translation>
    </message>
    <message>
        <source>Trade partners</source>
        <translation>贸易伙伴</translation>
    </message>
    <message>
        <source>China&apos;s figures against the state&apos;s</source>
        <translation>中方数据与该国数据对比</translation>
    </message>
    <message>
        <source>Map (as shown: layers and view)</source>
        <translation>地图（按当前显示：图层与视图）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG矢量图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文档</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV数据</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>导出文件预览</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Width, height, DPI:</source>
        <translation>宽度、高度、DPI：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The map has no CSV: choose PNG, SVG or PDF</source>
        <translation>地图无CSV格式：请选择PNG、SVG或PDF</translation>
    </message>
    <message numerus="yes">
        <source>CSV: %n row(s), one per plotted value, with their sources and notes</source>
        <translation>
            <numerusform>CSV：%n行，每个绘制数值一行，附来源与说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name to export to.</source>
        <translation>请选择导出文件的名称。</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%2中已存在%1。是否替换？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>Debt owed to China</source>
        <translation>对华债务</translation>
    </message>
    <message>
        <source>Chinese direct investment</source>
        <translation>中国直接投资</translation>
    </message>
    <message>
        <source>Loans and grants by year (AidData)</source>
        <translation>按年份的贷款与赠款（AidData）</translation>
    </message>
    <message>
        <source>Alternative figure (another publisher&apos;s value is shown first). </source>
        <translation>备选数据（优先显示另一发布方的数值）。</translation>
    </message>
    <message>
        <source>Finance chart</source>
        <translation>金融图表</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lending records</source>
        <translation>贷款记录(&amp;L)</translation>
    </message>
    <message>
        <source>Debt and investment are shown per state: choose one of the five</source>
        <translation>债务与投资按国家显示：请选择五国之一</translation>
    </message>
    <message>
        <source>%1 (constant 2017 US$)</source>
        <translation>%1（按2017年不变价美元计）</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>承诺年份</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款方</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>资金类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>caviewer project</source>
        <translation>caviewer项目</translation>
    </message>
    <message>
        <source>In AidData&apos;s totals</source>
        <translation>计入AidData总额</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>AidData record</source>
        <translation>AidData记录</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>推算方法：</translation>
    </message>
    <message>
        <source>No lending records for this entry in the dataset.</source>
        <translation>数据集中无本条目的贷款记录。</translation>
    </message>
    <message>
        <source>years not stated</source>
        <translation>年份未注明</translation>
    </message>
    <message>
        <source>%1 records; %2 counted in AidData&apos;s totals: %3 committed %4, constant 2017 US$ (AidData GCDF 2.0, geocoded release: a subset, not a country total).</source>
        <translation>共%1条记录，其中%2条计入AidData总额：%4年间承诺%3，按2017年不变价美元计（AidData GCDF 2.0地理编码版：子集，并非国家总额）。</translation>
    </message>
    <message>
        <source>no (financed by Huawei: AidData keeps it outside official-sector finance)</source>
        <translation>否（由华为出资：AidData不将其计入官方融资）</translation>
    </message>
    <message>
        <source>no (umbrella, pledge or duplicate)</source>
        <translation>否（框架记录、承诺或重复）</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>What China buys</source>
        <translation>中国进口什么</translation>
    </message>
    <message>
        <source>What China sells</source>
        <translation>中国出口什么</translation>
    </message>
    <message>
        <source>China&apos;s customs</source>
        <translation>中国海关</translation>
    </message>
    <message>
        <source>%1&apos;s statistics</source>
        <translation>%1统计</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1：%2（%3，%4）</translation>
    </message>
    <message>
        <source>%1 (named for %2; no value given)</source>
        <translation>%1（%2提及，无数值）</translation>
    </message>
    <message>
        <source>%1. %2: %3% of trade (%4)</source>
        <translation>%1. %2：占贸易%3%（%4）</translation>
    </message>
    <message>
        <source>China among %1&apos;s partners</source>
        <translation>中国在%1贸易伙伴中的位置</translation>
    </message>
    <message>
        <source>, est.</source>
        <translation>，估计</translation>
    </message>
    <message>
        <source>%1: %2 (%3%4; %5)</source>
        <translation>%1：%2（%3%4；%5）</translation>
    </message>
    <message>
        <source>Largest projects (stated cost or investment)</source>
        <translation>最大项目（公布的造价或投资）</translation>
    </message>
    <message>
        <source>%1: %2 in constant 2017 dollars (%3)</source>
        <translation>%1：%2（按2017年不变价美元计，%3）</translation>
    </message>
    <message>
        <source>year not given</source>
        <translation>年份未注明</translation>
    </message>
    <message>
        <source>Largest Chinese official loans and grants</source>
        <translation>中国最大的官方贷款与赠款</translation>
    </message>
    <message>
        <source>Latest agreements</source>
        <translation>最新协议</translation>
    </message>
    <message>
        <source>Latest: %1, %2</source>
        <translation>最近：%1，%2</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>下一项：%1，%2</translation>
    </message>
    <message>
        <source>Next: no later event is recorded in the dataset</source>
        <translation>下一项：数据集中无更晚的事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trade</source>
        <translation>贸易(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Agreements and summits</source>
        <translation>协议与峰会(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Finance and debt</source>
        <translation>金融与债务(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;eople-to-people</source>
        <translation>人文交流(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Products and pa&amp;rtners</source>
        <translation>商品与伙伴(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>caviewer is free software under the MIT licence. Built with Qt for Python (LGPLv3) and pyqtgraph (MIT).</source>
        <translation>caviewer是依据MIT许可证发布的自由软件。基于Qt for Python（LGPLv3）和pyqtgraph（MIT）构建。</translation>
    </message>
    <message>
        <source>caviewer — China and Central Asia</source>
        <translation>caviewer — 中国与中亚</translation>
    </message>
    <message>
        <source>Profile panes</source>
        <translation>概况面板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Save window as &amp;PNG…</source>
        <translation>将窗口保存为PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;briefing…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find entry</source>
        <translation>查找条目(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;citation of selected row</source>
        <translation>复制所选行的引用(&amp;C)</translation>
    </message>
    <message>
        <source>Copy chart &amp;image</source>
        <translation>复制图表图像(&amp;I)</translation>
    </message>
    <message>
        <source>Copy chart &amp;data</source>
        <translation>复制图表数据(&amp;D)</translation>
    </message>
    <message>
        <source>Copy chart ci&amp;tation</source>
        <translation>复制图表引用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log scale (trade)</source>
        <translation>对数刻度（贸易）(&amp;L)</translation>
    </message>
    <message>
        <source>Trade &amp;table</source>
        <translation>贸易表格(&amp;T)</translation>
    </message>
    <message>
        <source>All &amp;years (trade)</source>
        <translation>全部年份（贸易）(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Previous entry</source>
        <translation>上一条目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next entry</source>
        <translation>下一条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Central Asia (all five)</source>
        <translation>中亚五国(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About caviewer</source>
        <translation>关于caviewer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>caviewer will use %1 from its next start.</source>
        <translation>caviewer将在下次启动时使用%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> · events to %1</source>
        <translation> · 事件收录至%1</translation>
    </message>
    <message numerus="yes">
        <source>Data %1 · as of %2%3 · %n source(s)</source>
        <translation>
            <numerusform>数据%1 · 截至%2%3 · %n个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>The data version&apos;s date; events, agreements and project milestones are covered up to the &apos;events to&apos; date (see data/GAPS.md).</source>
        <translation>“截至”日期为数据版本日期；事件、协议和项目节点收录至“事件收录至”所示日期（见data/GAPS.md）。</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>Project %1 is not listed for %2</source>
        <translation>项目%1未列于%2条目下</translation>
    </message>
    <message>
        <source>caviewer cannot read this entry</source>
        <translation>caviewer无法读取此条目</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source(s) cited</source>
        <translation>
            <numerusform>%1：引用%n个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare mode is for the five states: Central Asia and China are left out</source>
        <translation>对比模式仅适用于五国：已排除中亚和中国</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n state(s) in the Trade pane</source>
        <translation>
            <numerusform>正在“贸易”面板中对比%n个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>已复制引用</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>将窗口保存为PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG图像 (*.png)</translation>
    </message>
    <message>
        <source>Save window as PNG failed</source>
        <translation>将窗口保存为PNG失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Window saved to %1</source>
        <translation>窗口已保存至%1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>在列表中移动</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up、Down</translation>
    </message>
    <message>
        <source>Compare states</source>
        <translation>对比国家</translation>
    </message>
    <message>
        <source>Ctrl+click in the list</source>
        <translation>在列表中Ctrl+单击</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message numerus="yes">
        <source>Data version %1, as of %2; %n source(s); schema %3.</source>
        <translation>
            <numerusform>数据版本%1，截至%2；%n个来源；数据模式版本%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>see the terms of each source in the Sources pane</source>
        <translation>各来源的使用条款见“来源”面板</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>数据：%1。</translation>
    </message>
    <message>
        <source>An offline reference on China&apos;s relations with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.</source>
        <translation>关于中国与哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦关系的离线参考工具。</translation>
    </message>
    <message>
        <source>About caviewer</source>
        <translation>关于caviewer</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Borders</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Capitals and cities</source>
        <translation>首都与城市</translation>
    </message>
    <message>
        <source>Border crossings and dry ports</source>
        <translation>口岸与陆港</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Railways</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Project sites</source>
        <translation>项目地点</translation>
    </message>
    <message>
        <source>Data version %1 (as of %2)</source>
        <translation>数据版本%1（截至%2）</translation>
    </message>
    <message>
        <source>%1: borders, corridors and project sites</source>
        <translation>%1：边界、通道与项目地点</translation>
    </message>
    <message>
        <source>Pipelines, railways, roads, border crossings and project sites recorded in caviewer</source>
        <translation>caviewer收录的管道、铁路、公路、口岸与项目地点</translation>
    </message>
    <message>
        <source>Boundaries: Natural Earth (public domain; de facto lines, no position on disputed borders)</source>
        <translation>边界：Natural Earth（公有领域；按实际控制线绘制，不代表对争议边界的立场）</translation>
    </message>
    <message>
        <source>pipeline routes: Global Energy Monitor</source>
        <translation>管道走向：Global Energy Monitor</translation>
    </message>
    <message>
        <source>places and other routes: the sources listed for each feature</source>
        <translation>地点及其他线路：各要素所列来源</translation>
    </message>
    <message>
        <source>Albers equal-area conic, standard parallels %1° N and %2° N, central meridian %3° E</source>
        <translation>阿尔伯斯等积圆锥投影，标准纬线为北纬%1°和北纬%2°，中央经线为东经%3°</translation>
    </message>
    <message>
        <source>Gas pipeline</source>
        <translation>天然气管道</translation>
    </message>
    <message>
        <source>Oil pipeline</source>
        <translation>石油管道</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Road corridor</source>
        <translation>公路通道</translation>
    </message>
    <message>
        <source>Oil and gas</source>
        <translation>油气</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>核能</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>矿业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>首都</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Dry port</source>
        <translation>陆港</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>车站</translation>
    </message>
    <message>
        <source>Project site</source>
        <translation>项目地点</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>途经点</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Approximate line through the towns its sources name</source>
        <translation>大致走向，经过来源所列城镇</translation>
    </message>
    <message>
        <source>Located at the town the source names</source>
        <translation>标注于来源所述城镇</translation>
    </message>
    <message>
        <source>Approximate location</source>
        <translation>大致位置</translation>
    </message>
    <message>
        <source>%1; scale true on those parallels</source>
        <translation>%1；标准纬线上比例尺准确</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Planned or delayed</source>
        <translation>规划中或延期</translation>
    </message>
    <message>
        <source>Approximate alignment</source>
        <translation>大致走向</translation>
    </message>
    <message>
        <source>Dry port or station</source>
        <translation>陆港或车站</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Hollow: not yet operating</source>
        <translation>空心：尚未运营</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Drag to pan, wheel or + and − to zoom, 0 to reset. Click a marker or line for its record.</source>
        <translation>拖动以平移，用滚轮或+、−键缩放，按0键复位。点击标记或线条可查看其记录。</translation>
    </message>
    <message>
        <source>Open in Projects</source>
        <translation>在“项目”面板中打开</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Fit the entry again (0)</source>
        <translation>重新适配条目范围（0）</translation>
    </message>
    <message>
        <source> (at the town the source names)</source>
        <translation>（位于来源所指城镇）</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation>（大致位置）</translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>北纬%1°，东经%2°</translation>
    </message>
    <message>
        <source>Approximate line through the towns its sources name.</source>
        <translation>经来源所列城镇绘制的大致走向。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Agreement (%1)</source>
        <translation>协议（%1）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估）</translation>
    </message>
    <message>
        <source>Chinese partners:</source>
        <translation>中方合作伙伴：</translation>
    </message>
    <message>
        <source>Local partners:</source>
        <translation>当地合作伙伴：</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Place in the work</source>
        <translation>在原作中的位置</translation>
    </message>
    <message>
        <source>Retrieved via</source>
        <translation>获取途径</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>所测内容</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>使用条款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Alternative series (the header shows the first)</source>
        <translation>备选序列（概况栏显示第一个）</translation>
    </message>
    <message>
        <source>%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and %6 sources cited by the records shown.</source>
        <translation>数据集中的%1：事件%2项，协议%3项，项目%4个，人文交流%5项，所示记录引用的来源%6个。</translation>
    </message>
    <message>
        <source>%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and %6 sources.</source>
        <translation>数据集中的%1：事件%2项，协议%3项，项目%4个，人文交流%5项，来源%6个。</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>提出者：</translation>
    </message>
    <message>
        <source>Target or claim:</source>
        <translation>目标或说法：</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>实测：</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Capital</source>
        <translation>首都</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>国内生产总值</translation>
    </message>
    <message>
        <source>Relationship with China</source>
        <translation>对华关系</translation>
    </message>
    <message>
        <source>Trade with China, China-reported</source>
        <translation>对华贸易额（中方数据）</translation>
    </message>
    <message>
        <source>Trade with China, partner-reported</source>
        <translation>对华贸易额（伙伴国数据）</translation>
    </message>
    <message>
        <source>China&apos;s share of its trade</source>
        <translation>中国在其贸易中的占比</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>对华外债</translation>
    </message>
    <message>
        <source>Chinese finance committed</source>
        <translation>中国融资承诺额</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自%2起）</translation>
    </message>
    <message>
        <source>According to %1, %2.</source>
        <translation>据%1，%2。</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>chart values</source>
        <translation>图表数值</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>金融数据</translation>
    </message>
    <message>
        <source>lending records</source>
        <translation>贷款记录</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>概览数据</translation>
    </message>
    <message>
        <source>targets and claims</source>
        <translation>目标与说法</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人文交流</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Details of the selected row (%1)</source>
        <translation>所选行详情（%1）</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>导出引用</translation>
    </message>
    <message>
        <source>Selected row&apos;s sources</source>
        <translation>所选行的来源</translation>
    </message>
    <message>
        <source>Sources of all rows shown</source>
        <translation>所有显示行的来源</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1，导出为%2…</translation>
    </message>
    <message>
        <source>The dataset records no %1 for this entry.</source>
        <translation>数据集未收录本条目的%1。</translation>
    </message>
    <message>
        <source>No row matches the filter; clear it to see every row.</source>
        <translation>没有符合筛选条件的行；清除筛选可查看全部行。</translation>
    </message>
    <message>
        <source>Select a row to see its details and sources.</source>
        <translation>选择一行以查看详情和来源。</translation>
    </message>
    <message>
        <source>No matches (of %1)</source>
        <translation>无匹配（共%1条）</translation>
    </message>
    <message>
        <source>No row contains the filter text; clear it to see every row.</source>
        <translation>没有包含筛选文字的行；清除筛选可查看全部行。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2</source>
        <translation>显示最新%1条（共%2条）</translation>
    </message>
    <message>
        <source>%3 of the latest %1 of %2</source>
        <translation>最新%1条中的%3条（共%2条）</translation>
    </message>
    <message>
        <source>Only the newest %1 records are loaded here; the filter searches those (caviewer dump exports all %2).</source>
        <translation>此处仅载入最新的%1条记录，筛选仅在其中查找（caviewer dump可导出全部%2条）。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source> by %1</source>
        <translation>（%1年前）</translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message>
        <source>China&apos;s &amp;exports</source>
        <translation>中国出口(&amp;E)</translation>
    </message>
    <message>
        <source>China-reported exports to the state, as bars</source>
        <translation>中方数据：中国对该国出口，以柱形显示</translation>
    </message>
    <message>
        <source>China&apos;s &amp;imports</source>
        <translation>中国进口(&amp;I)</translation>
    </message>
    <message>
        <source>China-reported imports from the state, as bars</source>
        <translation>中方数据：中国自该国进口，以柱形显示</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>差额(&amp;B)</translation>
    </message>
    <message>
        <source>China&apos;s exports minus imports, same reporter, where both exist (derived)</source>
        <translation>同一报告方的中国出口减进口，两者均有数据时显示（推算值）</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Logarithmic value axis (bars are hidden on a log scale)</source>
        <translation>对数数值轴（对数刻度下不显示柱形）</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Show the values as a table under the plot</source>
        <translation>在图表下方以表格显示数值</translation>
    </message>
    <message>
        <source>Why the two differ…</source>
        <translation>两方数据为何不同…</translation>
    </message>
    <message>
        <source>China-reported over partner-reported trade, year by year, with the sourced reasons (Products and partners pane)</source>
        <translation>逐年中方数据与伙伴国数据之比及有来源的原因（“商品与伙伴”面板）</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>显示的起始年份</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>显示的终止年份</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Show every year with data</source>
        <translation>显示所有有数据的年份</translation>
    </message>
    <message>
        <source>Trade values by year</source>
        <translation>按年份的贸易数值</translation>
    </message>
    <message>
        <source>China-reported</source>
        <translation>中方数据</translation>
    </message>
    <message>
        <source>partner-reported</source>
        <translation>伙伴国数据</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估）</translation>
    </message>
    <message>
        <source>, %1% on %2 (%3)</source>
        <translation>，较%2（%3）变化%1%</translation>
    </message>
    <message>
        <source>Part year (not on the annual line):</source>
        <translation>非全年数据（不在年度折线上）：</translation>
    </message>
    <message>
        <source>Part-year figures</source>
        <translation>非全年数据</translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation>数据说明</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on these figures</source>
        <translation>
            <numerusform>数据说明%n条</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Comparing %1: solid lines China-reported, dashed partner-reported.</source>
        <translation>对比%1：实线为中方数据，虚线为伙伴国数据。</translation>
    </message>
    <message>
        <source>China&apos;s trade with the five Central Asian states (China-reported), and each state&apos;s share of it in years where all five report. Ctrl+click states in the list to compare.</source>
        <translation>中国与中亚五国的贸易（中方数据），以及五国均有数据年份中各国所占份额。按住Ctrl点击列表中的国家可进行对比。</translation>
    </message>
    <message>
        <source>Goods trade between China and %1, as each side reports it. Hollow symbols: estimates or derived values (such as a total summed from the two published flows). Ctrl+click more states in the list to compare.</source>
        <translation>中国与%1的货物贸易，按双方各自的数据。空心标记：估计值或推算值（例如由两项已公布流量相加得到的总额）。按住Ctrl点击列表中的其他国家可进行对比。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>(constant 2021 US$)</source>
        <translation>（按2021年不变价美元计）</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>%（占GDP）</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>平方公里</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>立方米</translation>
    </message>
    <message>
        <source>m³/yr</source>
        <translation>立方米/年</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>项协议</translation>
    </message>
    <message>
        <source>places</source>
        <translation>个名额</translation>
    </message>
    <message>
        <source>scholarships</source>
        <translation>个奖学金名额</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>flights/week</source>
        <translation>班/周</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>兆瓦</translation>
    </message>
    <message>
        <source>kWh/yr</source>
        <translation>千瓦时/年</translation>
    </message>
    <message>
        <source>constant 2021 US$</source>
        <translation>按2021年不变价美元计</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签署协议数</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>双边会晤</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>China fdi stock edb</source>
        <translation>中国直接投资存量（欧亚开发银行）</translation>
    </message>
    <message>
        <source>China investment stock all kinds</source>
        <translation>中国各类投资存量</translation>
    </message>
    <message>
        <source>China ofdi flow</source>
        <translation>中国对外直接投资流量</translation>
    </message>
    <message>
        <source>China ofdi stock</source>
        <translation>中国对外直接投资存量</translation>
    </message>
    <message>
        <source>China share of exports</source>
        <translation>中国占出口比重</translation>
    </message>
    <message>
        <source>China share of imports</source>
        <translation>中国占进口比重</translation>
    </message>
    <message>
        <source>China share of trade</source>
        <translation>中国占贸易额比重</translation>
    </message>
    <message>
        <source>Chinese development finance committed</source>
        <translation>中国发展融资承诺额</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Confucius institute</source>
        <translation>孔子学院</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建设</translation>
    </message>
    <message>
        <source>Contracted projects turnover cumulative</source>
        <translation>承包工程营业额（累计）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>造价</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>授信额度</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>设计产能</translation>
    </message>
    <message>
        <source>Diplomatic relations</source>
        <translation>外交关系</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩建</translation>
    </message>
    <message>
        <source>External debt China share</source>
        <translation>中国占外债比重</translation>
    </message>
    <message>
        <source>External debt owed to China</source>
        <translation>对华外债</translation>
    </message>
    <message>
        <source>External debt owed to China exim</source>
        <translation>欠中国进出口银行债务</translation>
    </message>
    <message>
        <source>External debt to GDP</source>
        <translation>外债占GDP比重</translation>
    </message>
    <message>
        <source>External debt total</source>
        <translation>外债总额</translation>
    </message>
    <message>
        <source>Fdi from China partner reported</source>
        <translation>来自中国的直接投资（伙伴国数据）</translation>
    </message>
    <message>
        <source>Fdi from China partner reported cumulative</source>
        <translation>来自中国的直接投资累计（伙伴国数据）</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Gas exports to China value</source>
        <translation>对华天然气出口额</translation>
    </message>
    <message>
        <source>GDP current USD</source>
        <translation>国内生产总值（现价美元）</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>政府首脑</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Investment cumulative</source>
        <translation>累计投资</translation>
    </message>
    <message>
        <source>Investment portfolio</source>
        <translation>投资组合</translation>
    </message>
    <message>
        <source>Investment stock</source>
        <translation>投资存量</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>矿业</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>部长级会议</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多领域</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>核能</translation>
    </message>
    <message>
        <source>Oil gas</source>
        <translation>油气</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>投入运营</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Partner trade balance unattributed</source>
        <translation>伙伴国贸易差额（报告方未注明）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>资金承诺</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>政治</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>关系级别</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>奖学金</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>State visit</source>
        <translation>国事访问</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>运输量</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Trade growth</source>
        <translation>贸易增长</translation>
    </message>
    <message>
        <source>Trade note</source>
        <translation>贸易说明</translation>
    </message>
    <message>
        <source>Trade partner rank</source>
        <translation>贸易伙伴排名</translation>
    </message>
    <message>
        <source>Trade total unattributed</source>
        <translation>贸易额（报告方未注明）</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>签证</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水资源</translation>
    </message>
</context>
</TS>
