/**
 * Every publication the seed cites. A key starts with the research dataset's source group
 * (S1…S25, P1, P4) so that `cite("S5")` can stand for the whole group the dataset cites;
 * N1…N5 are sources found for Parley itself, outside the dataset. Sources of the 2026 addendum
 * (dataset-2026-update.md) are keyed by its section and row: `A2` is section A, second row.
 * A source the addendum lists on two rows keeps the key of the first.
 * Titles are the headline as the URL slug states it; a URL without a slug gets a neutral
 * description in the form "Topic (Publisher report)". `publishedOn` only where the URL carries the date.
 */
export interface SeedSource {
  key: string;
  url: string;
  publisher: string;
  title: string;
  publishedOn?: string;
}

export const seedSources = [
  {
    key: "P1-piie",
    url: "https://www.piie.com/research/piie-charts/us-china-trade-war-tariffs-date-chart",
    publisher: "PIIE",
    title: "US-China trade war tariffs date chart",
  },
  {
    key: "P4-maritimeprofessional",
    url: "https://logistics.maritimeprofessional.com/transport-infrastructure/2025/11/25/trumps-trade-battle-with-china-in-2025",
    publisher: "Maritime Professional (Reuters copy)",
    title: "Trump's trade battle with China in 2025",
    publishedOn: "2025-11-25",
  },

  {
    key: "S1-portnews",
    url: "https://en.portnews.ru/news/376823/",
    publisher: "PortNews",
    title: "US–China joint statement of 12 May 2025 (PortNews report)",
  },
  {
    key: "S1-econotimes",
    url: "https://econotimes.com/US-China-Trade-Talks-Resume-in-Geneva-Amid-Tariff-Tensions-1709938",
    publisher: "EconoTimes",
    title: "US-China trade talks resume in Geneva amid tariff tensions",
  },

  {
    key: "S2-diplomaticwatch",
    url: "https://diplomaticwatch.com/us-and-china-establish-trade-framework-after-london-talks/",
    publisher: "Diplomatic Watch",
    title: "US and China establish trade framework after London talks",
  },
  {
    key: "S2-asianfin",
    url: "https://www.asianfin.com/articles/127255",
    publisher: "AsianFin",
    title: "US–China talks in London (AsianFin report)",
  },

  {
    key: "S3-businesslive",
    url: "https://www.businesslive.co.za/bd/world/europe/2025-07-29-us-and-china-tariff-truce-holds-but-trump-has-final-say/",
    publisher: "BusinessLIVE",
    title: "US and China tariff truce holds but Trump has final say",
    publishedOn: "2025-07-29",
  },

  {
    key: "S4-theolivepress",
    url: "https://www.theolivepress.es/spain-news/2025/09/16/spain-boosts-international-profile-by-hosting-crunch-trade-talks-between-china-and-us-in-madrid/",
    publisher: "The Olive Press",
    title: "Spain boosts international profile by hosting crunch trade talks between China and US in Madrid",
    publishedOn: "2025-09-16",
  },
  {
    key: "S4-spokesman",
    url: "https://www.spokesman.com/stories/2025/sep/15/trump-to-speak-to-xi-friday-with-tiktok-framework-/",
    publisher: "The Spokesman-Review",
    title: "Trump to speak to Xi Friday with TikTok framework",
    publishedOn: "2025-09-15",
  },
  {
    key: "S4-zeenews",
    url: "https://zeenews.india.com/world/from-bilateral-ties-to-tiktok-deal-what-did-us-president-trump-tell-chinas-xi-during-phone-call-2962065.html",
    publisher: "Zee News",
    title: "From bilateral ties to TikTok deal: what did US President Trump tell China's Xi during phone call",
  },

  {
    key: "S5-thestar",
    url: "https://www.thestar.com.my/aseanplus/aseanplus-news/2025/10/25/us-and-china-begin-trade-talks-in-malaysia-to-ease-tensions",
    publisher: "The Star",
    title: "US and China begin trade talks in Malaysia to ease tensions",
    publishedOn: "2025-10-25",
  },
  {
    key: "S5-theedgesingapore",
    url: "https://testing.dev.theedgesingapore.com/news/global-economy/us-says-china-talks-very-constructive-trump-jets-kl",
    publisher: "The Edge Singapore",
    title: "US says China talks very constructive, Trump jets KL",
  },
  {
    key: "S5-globalneighbours",
    url: "https://www.globalneighbours.org/china-u-s-reach-basic-consensus-in-kuala-lumpur-trade-talks-ahead-of-leaders-summit",
    publisher: "Global Neighbours",
    title: "China, U.S. reach basic consensus in Kuala Lumpur trade talks ahead of leaders' summit",
  },

  {
    key: "S6-plataformamedia",
    url: "https://www.plataformamedia.com/en/2025/10/30/xi-trump-agree-on-tariff-cuts-and-soybean-purchases-us-president-to-visit-china-in-april",
    publisher: "Plataforma Media",
    title: "Xi, Trump agree on tariff cuts and soybean purchases; US president to visit China in April",
    publishedOn: "2025-10-30",
  },
  {
    key: "S6-nationalherald",
    url: "https://www.nationalheraldindia.com/international/donald-trump-and-xi-jinping-hold-high-stakes-summit-in-busan-amid-hopes-for-temporary-trade-truce",
    publisher: "National Herald",
    title: "Donald Trump and Xi Jinping hold high-stakes summit in Busan amid hopes for temporary trade truce",
  },

  {
    key: "S7-astroawani",
    url: "https://international.astroawani.com/global-news/bessent-tells-davos-europe-shouldnt-retaliate-over-greenland-556384",
    publisher: "Astro Awani",
    title: "Bessent tells Davos Europe shouldn't retaliate over Greenland",
  },

  {
    key: "S8-seenews",
    url: "https://see.news/us-china-economic-chiefs-meet-in-paris-to-clear-path-to-trump-xi-summit",
    publisher: "SEE News",
    title: "US-China economic chiefs meet in Paris to clear path to Trump-Xi summit",
  },

  {
    key: "S9-thedailyscout",
    url: "https://thedailyscout.com/s/4bpn2Jco6qc",
    publisher: "The Daily Scout",
    title: "US–China talks in Seoul (The Daily Scout report)",
  },

  {
    key: "S10-efinder",
    url: "https://efinder.lk/news/article/in-photos-trump-lands-in-china-ahead-of-high-stakes-summit-with-xi",
    publisher: "eFinder",
    title: "In photos: Trump lands in China ahead of high-stakes summit with Xi",
  },
  {
    key: "S10-ebiztoday",
    url: "https://ebiztoday.news/index.php/2026/05/14/trump-warned-by-xi-that-differences-over-taiwan-could-lead-on-to-conflict-national/",
    publisher: "eBizToday (AP copy)",
    title: "Trump warned by Xi that differences over Taiwan could lead on to conflict",
    publishedOn: "2026-05-14",
  },
  {
    key: "S10-vininews",
    url: "https://vini.news/stories/trump-says-china-will-buy-200-planes-from-boeing-with-a-possibility-of-expanding-the-deal-to-750-94fd5686",
    publisher: "Vini News",
    title: "Trump says China will buy 200 planes from Boeing with a possibility of expanding the deal to 750",
  },

  {
    key: "S11-newsar",
    url: "https://newsar.codejungle.org/articles/25440",
    publisher: "Newsar",
    title: "Trump's Beijing visit (Newsar report)",
  },
  {
    key: "S11-newkerala",
    url: "https://www.newkerala.com/news/a/us-president-trump-plans-visit-beijing-april-report-520.htm",
    publisher: "NewKerala",
    title: "US President Trump plans visit Beijing April: report",
  },

  {
    key: "S12-amchamchina",
    url: "https://www.amchamchina.org/us-china-trade-war-how-did-we-get-here-and-whats-next",
    publisher: "AmCham China",
    title: "US-China trade war: how did we get here and what's next",
  },

  {
    key: "S13-techpolicypress",
    url: "https://techpolicy.press/trump-issues-executive-order-to-buy-time-on-tiktok-ban",
    publisher: "techpolicy.press",
    title: "Trump issues executive order to buy time on TikTok ban",
  },
  {
    key: "S13-itbear",
    url: "https://www.itbear.com/technews/tiktok-gets-a-breather-trumps-75-day-grace-period-on-ban-unless-sold-law/",
    publisher: "ITBear",
    title: "TikTok gets a breather: Trump's 75-day grace period on ban unless sold law",
  },

  {
    key: "S14-federalregister",
    url: "https://www.govinfo.gov/content/pkg/FR-2025-09-30/html/2025-19139.htm",
    publisher: "govinfo.gov (Federal Register)",
    title: "Federal Register document 2025-19139",
    publishedOn: "2025-09-30",
  },
  {
    key: "S14-itweb",
    url: "https://www.itweb.co.za/article/fourth-deadline-extension-for-tiktok-in-the-us/JBwEr7n3QGkM6Db2",
    publisher: "ITWeb",
    title: "Fourth deadline extension for TikTok in the US",
  },

  {
    key: "S15-macrumors",
    url: "https://www.macrumors.com/2026/01/23/tiktok-avoids-us-ban-deal-officially-closes/",
    publisher: "MacRumors",
    title: "TikTok avoids US ban, deal officially closes",
    publishedOn: "2026-01-23",
  },
  {
    key: "S15-burningtheta",
    url: "https://www.burningtheta.com/article/tiktok-oracle-deal-closes-january",
    publisher: "Burning Theta",
    title: "TikTok Oracle deal closes January",
  },

  {
    key: "S16-mondaq",
    url: "https://www.mondaq.com/unitedstates/international-trade-investment/1670040/executive-order-extends-pause-on-china-ieepa-reciprocal-tariffs-until-nov-10-2025",
    publisher: "Mondaq",
    title: "Executive order extends pause on China IEEPA reciprocal tariffs until Nov 10, 2025",
  },
  {
    key: "S16-nationalherald",
    url: "https://www.nationalheraldindia.com/international/donald-trump-extends-suspension-of-heightened-tariffs-on-chinatill-10-november",
    publisher: "National Herald",
    title: "Donald Trump extends suspension of heightened tariffs on China till 10 November",
  },

  {
    key: "S17-mondaq",
    url: "https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1702762/united-states-begins-implementing-us-china-trade-arrangement-lowers-fentanyl-related-tariffs-and-delays-reciprocal-tariff-rate-hike",
    publisher: "Mondaq",
    title:
      "United States begins implementing US-China trade arrangement, lowers fentanyl-related tariffs and delays reciprocal tariff rate hike",
  },

  {
    key: "S18-fredlaw",
    url: "https://www.fredlaw.com/alert-u-s-china-tariff-update",
    publisher: "Fredrikson",
    title: "Alert: U.S.-China tariff update",
  },

  {
    key: "S19-channelnewsasia",
    url: "https://www.channelnewsasia.com/world/us-will-impose-additional-100-tariff-chinese-imports-november-trump-says-5395626",
    publisher: "Channel NewsAsia",
    title: "US will impose additional 100% tariff Chinese imports November, Trump says",
  },

  {
    key: "S20-jonesday",
    url: "https://www.jonesday.com/pt/insights/2025/11/bis-suspends-affiliates-rule_china-pauses-rare-earth-export-controls",
    publisher: "Jones Day",
    title: "BIS suspends Affiliates Rule; China pauses rare earth export controls",
  },

  {
    key: "S21-freightwaves",
    url: "https://www.freightwaves.com/news/us-suspends-port-fees-on-chinese-ships",
    publisher: "FreightWaves",
    title: "US suspends port fees on Chinese ships",
  },
  {
    key: "S21-gcaptain",
    url: "https://gcaptain.com/ustr-moves-to-suspend-port-fees-targeting-china",
    publisher: "gCaptain",
    title: "USTR moves to suspend port fees targeting China",
  },
  {
    key: "S21-peoplesdaily",
    url: "http://en.people.cn/n3/2025/1110/c90000-20388634.html",
    publisher: "People's Daily Online",
    title: "China's port fees on US vessels (People's Daily Online report)",
    publishedOn: "2025-11-10",
  },
  {
    key: "S21-terradaily",
    url: "https://www.terradaily.com/reports/China_suspends_special_port_fees_on_US_vessels_999.html",
    publisher: "TerraDaily",
    title: "China suspends special port fees on US vessels",
  },

  {
    key: "S22-manilabulletin",
    url: "https://mb.com.ph/2025/10/31/china-agrees-to-purchase-25-million-metric-tons-of-us-soybeans-annually-treasury-secretary-says",
    publisher: "Manila Bulletin",
    title: "China agrees to purchase 25 million metric tons of US soybeans annually, Treasury secretary says",
    publishedOn: "2025-10-31",
  },
  {
    key: "S22-argusmedia",
    url: "https://www.argusmedia.com/de/news-and-insights/latest-market-news/2761592-bessent-shifts-china-soy-purchase-deadline",
    publisher: "Argus Media",
    title: "Bessent shifts China soy purchase deadline",
  },

  {
    key: "S23-wikipedia",
    url: "https://en.wikipedia.org/wiki/Learning_Resources,_Inc._v._Trump",
    publisher: "Wikipedia",
    title: "Learning Resources, Inc. v. Trump",
  },
  {
    key: "S23-pmmi",
    url: "https://www.pmmi.org/blog/cross-border-trade-updates-57",
    publisher: "PMMI",
    title: "Cross-border trade updates 57",
  },
  {
    key: "S23-freedomforallamericans",
    url: "https://freedomforallamericans.org/trumps-new-tariff-takes-effect",
    publisher: "Freedom for All Americans",
    title: "Trump's new tariff takes effect",
  },
  {
    key: "S23-ainvest",
    url: "https://www.ainvest.com/news/china-mofcom-china-adjust-countermeasures-tariffs-2602",
    publisher: "AInvest",
    title: "China MOFCOM: China adjust countermeasures tariffs",
  },

  {
    key: "S24-akingump",
    url: "https://akingump.com/en/insights/blogs/trump-executive-order-tracker/imposing-duties-to-the-peoples-republic-of-china",
    publisher: "Akin Gump",
    title: "Imposing duties to the People's Republic of China",
  },
  {
    key: "S24-springfieldnewssun",
    url: "https://www.springfieldnewssun.com/nation-world/china-announces-countermeasures-by-raising-tariffs-on-us-goods-from-84-to-125-from-saturday/WZISUMSVEFCYBAPYQYV2VN6XYI/",
    publisher: "Springfield News-Sun",
    title: "China announces countermeasures by raising tariffs on US goods from 84% to 125% from Saturday",
  },

  {
    key: "S25-mondaq",
    url: "https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1593532/china-imposes-retaliatory-tariffs-export-controls",
    publisher: "Mondaq",
    title: "China imposes retaliatory tariffs, export controls",
  },
  {
    key: "S25-marketbeat",
    url: "https://www.marketbeat.com/articles/a-timeline-of-the-us-china-tariff-and-trade-spat-since-president-trump-took-office-this-year-2025-06-11",
    publisher: "MarketBeat",
    title: "A timeline of the US-China tariff and trade spat since President Trump took office this year",
    publishedOn: "2025-06-11",
  },
  {
    key: "S25-novinite",
    url: "https://www.novinite.com/view_news.php?id=231763",
    publisher: "Novinite",
    title: "China's tariffs on US goods (Novinite report)",
  },

  {
    key: "A1-frominsideasia",
    url: "https://frominsideasia.com/?p=243362",
    publisher: "From Inside Asia",
    title: "China's readout of the Beijing summit (From Inside Asia report)",
  },
  {
    key: "A1-chinadailybrief",
    url: "https://chinadailybrief.com/article/6a05daed81ad73ba8cd13f2f",
    publisher: "China Daily Brief",
    title: "The Xi–Trump framework of strategic stability (China Daily Brief report)",
  },

  {
    key: "A2-newstenet",
    url: "https://www.newstenet.com/article/trump-china-fantastic-trade-deals-beijing-summit-details-scarce",
    publisher: "Newstenet",
    title: "Trump China fantastic trade deals; Beijing summit details scarce",
  },
  {
    key: "A2-watchboard",
    url: "https://watchboard.dev/global-recession-risk/events/2026-05-17-ustr-greer-face-nation-china-trade-boards-busan-tariff-threat-may17-2026",
    publisher: "Watchboard",
    title: "USTR Greer on Face the Nation: China trade boards, Busan tariff threat",
    publishedOn: "2026-05-17",
  },

  {
    key: "A3-monexusmedia",
    url: "https://englishline-test.monexusmedia.uk/articles/2026-05-18-trump-china-deals-diplomatic-win-structural-hold",
    publisher: "Monexus Media",
    title: "Trump China deals: diplomatic win, structural hold",
    publishedOn: "2026-05-18",
  },

  {
    key: "A4-thedailyscout",
    url: "https://thedailyscout.com/s/Ir05XsZtSwI",
    publisher: "The Daily Scout",
    title: "The US–China tariff truce after the Beijing summit (The Daily Scout report)",
  },
  {
    key: "A4-hannaai",
    url: "https://news.hanna-ai.com/hi/article/china-boeing-jet-order",
    publisher: "Hanna AI News",
    title: "China Boeing jet order",
  },

  {
    key: "A5-el7ai",
    url: "https://el7.ai/en/news/2026-05-20-china-confirms-200-jet-boeing-order-in-major-trade-breakthrough",
    publisher: "EL7.AI",
    title: "China confirms 200-jet Boeing order in major trade breakthrough",
    publishedOn: "2026-05-20",
  },
  {
    key: "A5-rainsnews",
    url: "https://rainsnews.com/en/cn/business/china-confirms-order-of-200-boeing-jets-with-plans-for-up-to-750-total-7188",
    publisher: "Rains News",
    title: "China confirms order of 200 Boeing jets, with plans for up to 750 total",
  },

  {
    key: "A6-aiweekly",
    url: "https://aiweekly.co/alerts/nvidia-blackwell-export-ban-survives-us-china-summit",
    publisher: "AI Weekly",
    title: "Nvidia Blackwell export ban survives US-China summit",
  },
  {
    key: "A6-tomshardware",
    url: "https://www.tomshardware.com/tech-industry/artificial-intelligence/nvidia-still-hasnt-sold-a-single-h200-to-china-nearly-three-months-after-getting-the-green-light-from-the-white-house-u-s-commerce-official-says-department-hasnt-approved-any-sales-during-a-house-hearing",
    publisher: "Tom's Hardware",
    title:
      "Nvidia still hasn't sold a single H200 to China nearly three months after getting the green light from the White House; US Commerce official says department hasn't approved any sales during a House hearing",
  },

  {
    key: "B1-jmrodgers",
    url: "https://www.jmrodgers.com/cbp-issues-guidance-on-temporary-10-percent-section-122-import-surcharge",
    publisher: "J.M. Rodgers",
    title: "CBP issues guidance on temporary 10 percent Section 122 import surcharge",
  },
  {
    key: "B1-ghy",
    url: "https://www.ghy.com/?p=25947",
    publisher: "GHY International",
    title: "CBP guidance on the Section 122 import surcharge (GHY International report)",
  },

  {
    key: "B2-vatcheck",
    url: "https://vatcheck.io/guides/section-122-tariff-expiration-2026",
    publisher: "VatCheck",
    title: "Section 122 tariff expiration 2026",
  },
  {
    key: "B2-owlbrief",
    url: "https://www.owlbrief.com/briefs/13123-us-trade-court-blocks-section-122-import-surcharge-for-importer-plaintiffs",
    publisher: "OwlBrief",
    title: "US trade court blocks Section 122 import surcharge for importer plaintiffs",
  },

  {
    key: "B3-calcmytariff",
    url: "https://www.calcmytariff.com/section-122",
    publisher: "CalcMyTariff",
    title: "The Section 122 surcharge (CalcMyTariff report)",
  },

  {
    key: "B4-greenwichmercantile",
    url: "https://www.greenwich-mercantile.com/section-301-forced-labor-tariffs-2026",
    publisher: "Greenwich Mercantile",
    title: "Section 301 forced labor tariffs 2026",
  },
  {
    key: "B4-huangsourcing",
    url: "https://www.huangsourcing.com/ustr-forced-labor-section-301-china-2026",
    publisher: "Huang Sourcing",
    title: "USTR forced labor Section 301: China 2026",
  },

  {
    key: "B5-hwdly",
    url: "http://m.hwdly.com.cn/a/202606/05/WS6a226dfaa310d6866eb4ca6b.html",
    publisher: "hwdly.com.cn",
    title: "China's business community on the proposed US forced-labor duties (hwdly.com.cn report)",
    publishedOn: "2026-06-05",
  },
  {
    key: "B5-pulseaugur",
    url: "https://pulseaugur.com/cluster/69773",
    publisher: "Pulse Augur",
    title: "CCPIT on the proposed US forced-labor duties (Pulse Augur report)",
  },

  {
    key: "B6-skillssh",
    url: "https://www.skills.sh/koala73/worldmonitor/lookup-us-import-duty",
    publisher: "skills.sh",
    title: "Look up US import duty (worldmonitor)",
  },
  {
    key: "B6-github",
    url: "https://github.com/Auxx-Ai/auxx-ai/pull/2255",
    publisher: "GitHub",
    title: "Auxx-Ai/auxx-ai pull request 2255",
  },

  {
    key: "C1-mediaselangor",
    url: "https://mediaselangor.com/en/2026/06/377410",
    publisher: "Media Selangor",
    title: "USTR opens comments on the US–China Board of Trade (Media Selangor report)",
  },
  {
    key: "C1-caliber",
    url: "https://caliber.az/en/post/ustr-opens-public-comment-on-proposed-us-china-trade-mechanism",
    publisher: "Caliber.Az",
    title: "USTR opens public comment on proposed US-China trade mechanism",
  },
  {
    key: "C1-tradevae",
    url: "https://www.tradevae.com/news/world/ustr-opens-comment-period-on-potential-tariff-reductions-under-new-us-china-board-of-trade/",
    publisher: "TradeVAE",
    title: "USTR opens comment period on potential tariff reductions under new US-China Board of Trade",
  },

  {
    key: "D1-anewz",
    url: "https://anewz.tv/world/world-news/12796/us-to-host-2026-g20-summit-in-miami/news",
    publisher: "AnewZ",
    title: "US to host 2026 G20 summit in Miami",
  },
  {
    key: "D1-thenightly",
    url: "https://thenightly.com.au/politics/world/donald-trump-announces-hell-host-2026-g20-summit-at-his-doral-florida-resort-c-19929555",
    publisher: "The Nightly",
    title: "Donald Trump announces he'll host 2026 G20 summit at his Doral, Florida resort",
  },

  {
    key: "N1-nationthailand",
    url: "https://www.nationthailand.com/blogs/news/world/40055410",
    publisher: "Nation Thailand",
    title: "US–China talks in Madrid (Nation Thailand report, Sept 2025)",
  },
  {
    key: "N2-newsbytes",
    url: "https://www.newsbytesapp.com/news/business/us-china-trade-talks-resume-in-madrid-amid-tiktok-deadline/story",
    publisher: "NewsBytes",
    title: "US-China trade talks resume in Madrid amid TikTok deadline",
  },
  // Its date was noted when the article was found; the URL does not carry it.
  {
    key: "N3-devdiscourse",
    url: "https://www.devdiscourse.com/article/law-order/3627267-high-stakes-trade-talks-in-madrid-us-china-relations-at-crossroads",
    publisher: "Devdiscourse",
    title: "High-stakes trade talks in Madrid: US-China relations at crossroads",
    publishedOn: "2025-09-14",
  },
  {
    key: "N4-gmteight",
    url: "https://gmteight.com/content/detail/309057",
    publisher: "GMTEight",
    title: "China's chip probes and the Madrid talks (GMTEight report, Sept 2025)",
  },
  {
    key: "N5-moneyoval",
    url: "https://moneyoval.com/article/high-level-us-china-talks-aim-to-resolve-tiktok-and-trade-issues-qfnnammqjc4pn5rk9lq84la6",
    publisher: "Moneyoval",
    title: "High-level US-China talks aim to resolve TikTok and trade issues",
  },
] as const satisfies readonly SeedSource[];

export type SourceKey = (typeof seedSources)[number]["key"];

type GroupOf<Key> = Key extends `${infer Group}-${string}` ? Group : never;
type SourceGroup = GroupOf<SourceKey>;

/** All sources of the dataset groups given ("S5" → every S5 article). */
export function cite(...groups: SourceGroup[]): SourceKey[] {
  return seedSources
    .filter((source) => groups.some((group) => source.key.startsWith(`${group}-`)))
    .map((source) => source.key);
}

const sourceByKey = new Map<string, SeedSource>(seedSources.map((source) => [source.key, source]));

export function sourceUrl(key: SourceKey): string {
  const source = sourceByKey.get(key);
  if (!source) throw new Error(`Unknown source key: ${key}`);
  return source.url;
}
