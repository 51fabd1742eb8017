import type { Localized, Role } from "./model.ts";

export type Lang = "zh-CN" | "en";
export const DEFAULT_LANG: Lang = "zh-CN";

/** The capabilities that later issues deliver; placeholder cards say which one fills them. */
export type Capability = "contacts" | "opinions" | "activities" | "statistics";

/** Cards on the role home pages; roleHomes.ts says which role shows which. */
export type CardKey =
  | "contactDelegates"
  | "contactMembersAndPublic"
  | "contactPublic"
  | "contactLog"
  | "joinActivities"
  | "delegateOpinions"
  | "roster"
  | "opinionIntake"
  | "organiseActivities"
  | "quarterlyReport"
  | "pendingOpinions"
  | "dashboard";

interface CardText {
  title: string;
  body: string;
}

const zh = {
  appName: "党代表联络平台",
  switchTo: "English",
  switchLabel: "语言切换 / Switch language",
  loading: "加载中…",
  retry: "重试",
  backHome: "返回首页",
  notYetAvailable: "尚未开放",
  comingTag: "待上线",
  capabilityArrives: (capability: string) => `将随「${capability}」功能上线`,
  capabilities: {
    contacts: "联系链",
    opinions: "意见建议",
    activities: "主题实践活动",
    statistics: "统计与季报",
  } satisfies Record<Capability, string>,

  homeTagline:
    "党代会常任制试点单位的联络平台:党委委员联系党代表,党代表联系党员和群众,群众的意见建议有人受理、有人办理、有人答复。",
  submitOpinion: "提交意见建议",
  submitOpinionHint: "无需注册,用手机就能向党代表反映意见和建议",
  trackOpinion: "跟踪办理进度",
  trackOpinionHint: "凭查询码查看受理、交办和答复情况",
  staffSignIn: "工作人员登录",
  pilotUnits: "试点单位",
  pilotUnitsNone: "暂无试点单位",
  pilotCount: (count: number) => `共 ${count} 个试点单位`,

  opinionFormBody:
    "公开的意见建议表单将随「意见建议」功能上线:届时无需注册,用手机即可填写,提交后会得到一个查询码,用来跟踪办理进度并评价答复。",
  trackBody:
    "凭查询码跟踪办理进度的页面将随「意见建议」功能上线:届时可以看到意见何时受理、交给哪个单位办理、何时答复,并对答复作出评价。",

  signInTitle: "工作人员登录",
  signInHint: "群众提交意见建议无需登录。",
  username: "用户名",
  password: "密码",
  usernameRequired: "请输入用户名",
  usernameInvalid: "用户名只能包含字母、数字和 . _ @ -",
  passwordRequired: "请输入密码",
  signIn: "登录",
  sessionExpired: "登录已过期,请重新登录",

  signOut: "退出登录",
  unitUnknown: "单位未知",
  roleLabels: {
    province: "省委组织部",
    office: "代表联络办公室",
    committee: "党委委员",
    delegate: "党代表",
    member: "党员",
    handler: "承办单位",
  } satisfies Record<Role, string>,
  workspace: (roleLabel: string) => `${roleLabel}工作台`,
  roleIntro: {
    province: "汇总查看全省试点单位的联系、活动和意见办理情况;只看统计数字,不含个人信息。",
    office: "管理本单位的花名册和联系分工,受理交办意见建议,组织主题实践活动,报送季报。",
    committee: "联系分配给您的党代表,了解他们的履职情况。",
    delegate: "联系党员和群众,收集并答复意见建议,参加主题实践活动。",
    member: "联系身边的群众,参加主题实践活动,了解负责联系您的党代表。",
    handler: "办理交办给本单位的意见建议,按期答复。",
  } satisfies Record<Role, string>,
  unknownRole: "您的账号还没有可用的工作台,请联系本单位代表联络办公室。",
  cards: {
    contactDelegates: {
      title: "联系党代表",
      body: "分配给您联系的党代表,以及与每位代表最近一次联系的时间;尚未联系的会被标出。",
    },
    contactMembersAndPublic: {
      title: "联系党员和群众",
      body: "分配给您联系的党员,以及您联系过的群众;尚未联系的会被标出。",
    },
    contactPublic: {
      title: "联系群众",
      body: "您联系身边群众的情况,以及负责联系您的党代表。",
    },
    contactLog: {
      title: "联系记录",
      body: "登记每一次走访、谈心、电话、会议或线上联系:时间、方式、话题、摘要和反映的意见。",
    },
    joinActivities: {
      title: "主题实践活动",
      body: "参加本单位组织的主题实践活动:签到、记录成果、登记活动中收集的意见。",
    },
    delegateOpinions: {
      title: "意见办理",
      body: "您收集的意见建议,以及交办给您答复的意见和办理期限。",
    },
    roster: {
      title: "花名册与联系分工",
      body: "本单位党委委员、党代表和党员花名册,以及谁联系谁的分工;一眼看出还没联系到的人。",
    },
    opinionIntake: {
      title: "意见受理交办",
      body: "受理或说明理由不予受理意见建议,交办承办单位,跟踪办理期限和逾期提醒。",
    },
    organiseActivities: {
      title: "主题实践活动",
      body: "发起主题实践活动:主题、时间、参加单位和人员,汇总签到、成果和活动中收集的意见。",
    },
    quarterlyReport: {
      title: "季报",
      body: "按季度生成本单位的联系、活动和意见办理数字,报送省委组织部。",
    },
    pendingOpinions: {
      title: "待办意见",
      body: "交办给本单位的意见建议:签收、答复、申请延期或退回错交事项,并提示办理期限。",
    },
    dashboard: {
      title: "统计与季报",
      body: "全省各试点单位的联系覆盖率、活动、意见办结率和满意度,按市州和县市区逐级汇总,并查看各单位季报。",
    },
  } satisfies Record<CardKey, CardText>,
  unitTree: "单位与试点单位",
  unitTreeHint: "全省单位树,标出党代会常任制试点单位。",
  pilotTag: "试点",

  notFoundTitle: "页面不存在",
  notFoundBody: "您访问的地址不存在或已经移动。",
};

export type Messages = typeof zh;

const en: Messages = {
  appName: "Delegate Liaison Platform",
  switchTo: "中文",
  switchLabel: "语言切换 / Switch language",
  loading: "Loading…",
  retry: "Retry",
  backHome: "Back to home",
  notYetAvailable: "Not available yet",
  comingTag: "Coming",
  capabilityArrives: (capability) => `Arrives with the ${capability} capability`,
  capabilities: {
    contacts: "Contact chains",
    opinions: "Opinions",
    activities: "Themed activities",
    statistics: "Statistics and quarterly reports",
  },

  homeTagline:
    "The liaison platform for pilot units of the standing party congress system: committee members keep in touch with delegates, delegates with party members and the public, and every opinion is accepted, handled and answered.",
  submitOpinion: "Submit an opinion",
  submitOpinionHint: "No account needed: tell the delegates what you think, from your phone",
  trackOpinion: "Track an opinion",
  trackOpinionHint: "Use your tracking code to see acceptance, assignment and the reply",
  staffSignIn: "Staff sign-in",
  pilotUnits: "Pilot units",
  pilotUnitsNone: "No pilot units yet",
  pilotCount: (count) => `${count} pilot ${count === 1 ? "unit" : "units"}`,

  opinionFormBody:
    "The public opinion form arrives with the Opinions capability: no account needed, it works on a phone, and you get a tracking code to follow the handling and rate the reply.",
  trackBody:
    "Tracking an opinion by its code arrives with the Opinions capability: you will see when it was accepted, which department handles it, when it was answered, and you can rate the reply.",

  signInTitle: "Staff sign-in",
  signInHint: "The public can submit opinions without an account.",
  username: "Username",
  password: "Password",
  usernameRequired: "Enter a username",
  usernameInvalid: "Letters, digits and . _ @ - only",
  passwordRequired: "Enter a password",
  signIn: "Sign in",
  sessionExpired: "Your session has ended; please sign in again",

  signOut: "Sign out",
  unitUnknown: "Unknown unit",
  roleLabels: {
    province: "Provincial department",
    office: "Liaison office",
    committee: "Committee member",
    delegate: "Delegate",
    member: "Party member",
    handler: "Handling department",
  },
  workspace: (roleLabel) => `${roleLabel} workspace`,
  roleIntro: {
    province:
      "Follow contacts, activities and opinion handling across the province's pilot units; figures only, no personal data.",
    office:
      "Keep the unit's rosters and contact assignments, accept and assign opinions, organise themed activities and file the quarterly report.",
    committee: "Keep in touch with the delegates assigned to you and follow their work.",
    delegate: "Keep in touch with party members and the public, collect and answer opinions, join themed activities.",
    member: "Keep in touch with the public around you, join themed activities and see the delegate assigned to you.",
    handler: "Handle the opinions assigned to your department and reply on time.",
  },
  unknownRole: "Your account has no workspace yet; please ask your unit's liaison office.",
  cards: {
    contactDelegates: {
      title: "Contact delegates",
      body: "The delegates assigned to you and when you last contacted each; anyone not yet contacted is flagged.",
    },
    contactMembersAndPublic: {
      title: "Contact members and the public",
      body: "The party members assigned to you and the public you have met; anyone not yet contacted is flagged.",
    },
    contactPublic: {
      title: "Contact the public",
      body: "Your contacts with the public around you, and the delegate who keeps in touch with you.",
    },
    contactLog: {
      title: "Contact log",
      body: "Log each visit, talk, call, meeting or online contact: when, how, the topic, a summary and the opinions raised.",
    },
    joinActivities: {
      title: "Themed activities",
      body: "Join the themed activities of your unit: check in, record outcomes and the opinions collected.",
    },
    delegateOpinions: {
      title: "Opinions",
      body: "The opinions you collected, and those routed to you to answer, with their deadlines.",
    },
    roster: {
      title: "Rosters and assignments",
      body: "Rosters of committee members, delegates and members, and who keeps in touch with whom; see at a glance who has not been contacted.",
    },
    opinionIntake: {
      title: "Accept and assign opinions",
      body: "Accept opinions or decline them with a reason, assign them to handling departments, and track deadlines and overdue items.",
    },
    organiseActivities: {
      title: "Themed activities",
      body: "Organise themed activities: theme, period, units and people taking part, with check-ins, outcomes and the opinions raised.",
    },
    quarterlyReport: {
      title: "Quarterly report",
      body: "Produce the unit's quarterly figures for contacts, activities and opinions and send them to the province.",
    },
    pendingOpinions: {
      title: "Opinions to handle",
      body: "Opinions assigned to your department: accept, reply, ask for an extension or return a mis-routed item, with deadlines shown.",
    },
    dashboard: {
      title: "Statistics and quarterly reports",
      body: "Contact coverage, activities, opinions closed and satisfaction across all pilot units, rolled up by city and county, with each unit's quarterly reports.",
    },
  },
  unitTree: "Units and pilot units",
  unitTreeHint: "The province's unit tree, with the standing-congress pilot units marked.",
  pilotTag: "Pilot",

  notFoundTitle: "Page not found",
  notFoundBody: "The address does not exist or has moved.",
};

export const MESSAGES: Record<Lang, Messages> = { "zh-CN": zh, en };

/** Picks the current language's half of a bilingual text. */
export function localize(text: Localized, lang: Lang): string {
  return lang === "en" ? text.en : text.zh;
}

const LANG_KEY = "liaison.lang";

export function readStoredLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}
