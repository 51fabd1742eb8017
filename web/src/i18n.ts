import type { Localized, Role } from "./model.ts";
import type { NavKey } from "./navigation.ts";

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
      body: "分配给您联系的党代表;本季度尚未联系的会被标出。每次联系后登记一条记录。",
    },
    contactMembersAndPublic: {
      title: "联系党员和群众",
      body: "分配给您联系的党员和群众;本季度尚未联系的会被标出。每次联系后登记一条记录。",
    },
    contactPublic: {
      title: "联系群众",
      body: "分配给您联系的身边群众;本季度尚未联系的会被标出。每次联系后登记一条记录。",
    },
    contactLog: {
      title: "联系记录",
      body: "登记每一次走访、座谈、电话、会议或网络联系:时间、方式、主题、摘要和反映的意见;台账可导出 Excel。",
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
      body: "本单位党委委员、党代表和党员花名册,以及谁联系谁的分工;按季度查看联系覆盖率和还没联系到的人。",
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

  nav: {
    label: "功能导航",
    home: "首页",
    roster: "花名册",
    rosterImport: "导入花名册",
    assignments: "联系分工",
    coverage: "联系覆盖",
    myPeople: "我的联系对象",
    logContact: "登记联系",
    ledger: "我的台账",
  } satisfies Record<NavKey | "label", string>,
  notForRole: "您的账号无权使用此页面",
  unit: "单位",
  unitPick: "选择单位",
  requiredField: "请填写此项",
  cancel: "取消",
  save: "保存",
  edit: "修改",
  remove: "删除",
  prevPage: "上一页",
  nextPage: "下一页",
  pageN: (page: number) => `第 ${page} 页`,
  quarterLabel: (quarter: string) => `${quarter.slice(0, 4)}年第${quarter.slice(5)}季度`,

  person: {
    memberNo: "党员编号",
    name: "姓名",
    roles: "身份",
    group: "代表团/组",
    term: "任期",
    termStart: "任期开始(当选或补选日期)",
    termEnd: "任期届满日期",
    status: "状态",
    statusReason: "状态原因",
    statusDate: "状态日期",
    phone: "手机号码",
  },
  roster: {
    title: "花名册",
    intro: "本单位及下级单位的党委委员、党代表和党员。手机号码按您的查看范围显示。",
    add: "新增人员",
    empty: "该单位暂无人员",
    added: (name: string) => `已新增 ${name}`,
  },
  rosterImport: {
    title: "导入花名册",
    intro:
      "下载模板,按列填写后上传 .xlsx 或 .csv 文件。文件中只要有一行有误,整个文件都不会导入;按提示改正后重新上传即可。人员按党员编号识别,重复导入会更新已有记录,不会重复。",
    templateTitle: "1. 下载模板",
    templateHint: "模板的列如下;表头保持不变,每行一人。",
    templateXlsx: "下载 Excel 模板",
    templateCsv: "下载 CSV 模板",
    column: "列",
    required: "必填",
    requiredTag: "必填",
    example: "示例",
    help: "说明",
    uploadTitle: "2. 上传文件",
    pick: "点击或拖入花名册文件",
    pickHint: "支持 .xlsx 和 .csv(UTF-8 或 Excel 默认的 GB18030 编码),不超过 5 MB",
    wrongType: "只能导入 .xlsx 或 .csv 文件",
    start: "开始导入",
    done: (rows: number) => `导入成功,共 ${rows} 行`,
    created: "新增人员",
    updated: "更新人员",
    unchanged: "未变人员",
    assignmentsCreated: "新增联系分工",
    assignmentsEnded: "结束联系分工",
    assignmentsUnchanged: "未变联系分工",
    toRoster: "查看花名册 →",
    problemsTitle: "有误的行(改正后重新上传整个文件)",
    row: "行号",
    reason: "问题",
  },
  assignments: {
    title: "联系分工",
    intro:
      "谁负责联系谁:党委委员联系党代表,党代表联系党员,党员联系群众。每个联系对象在每一层只有一名负责人,重新分配会结束原来的分工。",
    tier: "联系层级",
    responsible: "负责人",
    target: "联系对象",
    since: "起始日期",
    sinceHint: "不填则从今天开始",
    groupSize: (size: number) => `(约 ${size} 人)`,
    edgesTitle: (unit: string) => `${unit}的联系分工`,
    noEdges: "该单位暂无联系分工",
    assignTitle: "分配联系对象",
    unassignedTitle: "未分配",
    nobodyUnassigned: "都已分配",
    suspended: "暂停履职",
    terminated: "终止资格",
    assigned: (r: { created: number; unchanged: number; ended: number }) =>
      `已分配:新增 ${r.created} 条,未变 ${r.unchanged} 条,结束原分工 ${r.ended} 条`,
    pickResponsible: "请选择负责人",
    nobodyToPick: "没有可选的人员",
    targets: "联系对象",
    pickTargets: "请选择联系对象",
    targetsHint: "可多选;列出所选单位的人员。",
    groupDescription: "群众描述",
    groupExample: "例如:城关镇东街社区居民",
    groupSizeLabel: "人数",
    addGroup: "再加一组群众",
    assign: "分配",
  },
  coverage: {
    title: "联系覆盖",
    intro: "每个季度,各层级应联系的人中至少联系过一次的人数和覆盖率,以及还没有联系的名单和负责人。",
    quarter: "季度",
    tier: "联系层级",
    target: "联系对象",
    responsible: "负责联系人",
    figuresTitle: (unit: string, quarter: string) => `${unit} · ${quarter}`,
    contacted: "已联系",
    rate: "覆盖率",
    assignedLine: (assigned: number, contacted: number) => `应联系 ${assigned},已联系 ${contacted}`,
    worklistTitle: (total: number) => `未联系名单(${total})`,
    worklistCut: (shown: number, total: number) => `共 ${total} 条,显示前 ${shown} 条`,
    everyoneContacted: "本季度应联系的都已联系",
    figuresOnly: "省委组织部只查看统计数字,不含名单。",
  },
  myPeople: {
    title: "我的联系对象",
    intro: "分配给您联系的人和群众。标签显示本季度是否已经联系。",
    name: "联系对象",
    contacted: "本季度已联系",
    notContacted: "本季度未联系",
    none: "还没有分配给您的联系对象,请联系本单位代表联络办公室。",
    progress: (done: number, total: number) => `本季度已联系 ${done} / ${total}`,
  },
  logContact: {
    title: "登记联系",
    intro: "记录一次联系:和谁、什么时间、什么方式、谈了什么、反映了哪些意见。",
    targets: "联系对象(可多选)",
    pickTargets: "请选择联系对象",
    channel: "联系方式",
    pickChannel: "请选择联系方式",
    occurredAt: "联系时间",
    beijingTime: "北京时间",
    place: "地点",
    topic: "主题",
    summary: "内容摘要",
    opinions: "反映的意见建议",
    opinionsHint: "联系中对方提出的意见建议,每条分别填写;没有可不填。",
    opinionN: (n: number) => `意见 ${n}`,
    opinionTitle: "意见标题",
    opinionContent: "意见内容",
    addOpinion: "添加一条意见",
    submit: "登记",
    toLedger: "查看我的台账 →",
  },
  ledger: {
    title: "我的台账",
    intro: "您登记的联系记录,最新的在前。登记后 7 天内可以修改;之后如需更正,请联系代表联络办公室。",
    from: "从",
    to: "至",
    apply: "查询",
    thisQuarter: "本季度",
    export: "导出 Excel",
    badPeriod: "开始日期不能晚于结束日期",
    created: "联系已登记",
    period: (from: string, to: string) => `${from} 至 ${to}`,
    empty: "这段时间没有联系记录",
    more: "加载更多",
    edited: "已修改",
    targets: "联系对象",
    editTitle: "修改联系记录",
    editHint: "联系对象和反映的意见不能修改;联系时间只能在同一季度内调整。",
  },
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
      body: "The delegates assigned to you; anyone not contacted this quarter is flagged. Log each contact as it happens.",
    },
    contactMembersAndPublic: {
      title: "Contact members and the public",
      body: "The party members and groups of the public assigned to you; anyone not contacted this quarter is flagged. Log each contact as it happens.",
    },
    contactPublic: {
      title: "Contact the public",
      body: "The groups of the public around you that are assigned to you; anyone not contacted this quarter is flagged. Log each contact as it happens.",
    },
    contactLog: {
      title: "Contact log",
      body: "Log each visit, talk, call, meeting or online contact: when, how, the topic, a summary and the opinions raised; export the ledger to Excel.",
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
      body: "Rosters of committee members, delegates and members, and who keeps in touch with whom; each quarter's contact coverage and who has not been contacted.",
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

  nav: {
    label: "Pages",
    home: "Home",
    roster: "Roster",
    rosterImport: "Import roster",
    assignments: "Assignments",
    coverage: "Coverage",
    myPeople: "My people",
    logContact: "Log a contact",
    ledger: "My ledger",
  },
  notForRole: "Your account may not use this page",
  unit: "Unit",
  unitPick: "Choose a unit",
  requiredField: "Required",
  cancel: "Cancel",
  save: "Save",
  edit: "Edit",
  remove: "Remove",
  prevPage: "Previous",
  nextPage: "Next",
  pageN: (page) => `Page ${page}`,
  quarterLabel: (quarter) => `Q${quarter.slice(5)} ${quarter.slice(0, 4)}`,

  person: {
    memberNo: "Member no.",
    name: "Name",
    roles: "Roles",
    group: "Delegation / group",
    term: "Term",
    termStart: "Term start (election date)",
    termEnd: "Term end",
    status: "Status",
    statusReason: "Reason for the status",
    statusDate: "Status date",
    phone: "Mobile phone",
  },
  roster: {
    title: "Roster",
    intro:
      "Committee members, delegates and party members of the unit and the units below it. Phone numbers show as your scope allows.",
    add: "Add a person",
    empty: "Nobody on this unit's roster yet",
    added: (name) => `Added ${name}`,
  },
  rosterImport: {
    title: "Import roster",
    intro:
      "Download the template, fill in one person a row and upload it as .xlsx or .csv. If any row is wrong nothing is imported: fix the rows shown and upload the file again. People are matched by member number, so importing again updates them without duplicates.",
    templateTitle: "1. Download the template",
    templateHint: "The template's columns; keep the header row as it is.",
    templateXlsx: "Excel template",
    templateCsv: "CSV template",
    column: "Column",
    required: "Required",
    requiredTag: "Required",
    example: "Example",
    help: "Notes",
    uploadTitle: "2. Upload the file",
    pick: "Click or drop the roster file here",
    pickHint: ".xlsx or .csv (UTF-8, or GB18030 as Chinese Excel saves it), up to 5 MB",
    wrongType: "Only .xlsx and .csv files can be imported",
    start: "Import",
    done: (rows) => `Imported ${rows} ${rows === 1 ? "row" : "rows"}`,
    created: "People added",
    updated: "People updated",
    unchanged: "People unchanged",
    assignmentsCreated: "Assignments added",
    assignmentsEnded: "Assignments ended",
    assignmentsUnchanged: "Assignments unchanged",
    toRoster: "Open the roster →",
    problemsTitle: "Rows to fix (then upload the whole file again)",
    row: "Row",
    reason: "Problem",
  },
  assignments: {
    title: "Assignments",
    intro:
      "Who keeps in touch with whom: committee members with delegates, delegates with party members, members with the public. Each person has one responsible person per tier; assigning someone else ends the earlier assignment.",
    tier: "Tier",
    responsible: "Responsible",
    target: "Contacted",
    since: "Since",
    sinceHint: "Leave empty to start today",
    groupSize: (size) => `(about ${size} people)`,
    edgesTitle: (unit) => `Assignments in ${unit}`,
    noEdges: "No assignments in this unit yet",
    assignTitle: "Assign",
    unassignedTitle: "Not assigned",
    nobodyUnassigned: "Everyone is assigned",
    suspended: "suspended",
    terminated: "terminated",
    assigned: (r) => `Assigned: ${r.created} added, ${r.unchanged} unchanged, ${r.ended} earlier ended`,
    pickResponsible: "Choose the responsible person",
    nobodyToPick: "Nobody to choose",
    targets: "People to contact",
    pickTargets: "Choose the people to contact",
    targetsHint: "Choose one or more; the list shows the chosen unit's people.",
    groupDescription: "Group of the public",
    groupExample: "e.g. residents of East Street community",
    groupSizeLabel: "Size",
    addGroup: "Add another group",
    assign: "Assign",
  },
  coverage: {
    title: "Contact coverage",
    intro:
      "Per quarter and tier: how many of the people assigned were contacted at least once, the rate, and who has not been contacted yet, with who is responsible.",
    quarter: "Quarter",
    tier: "Tier",
    target: "Not contacted",
    responsible: "Responsible",
    figuresTitle: (unit, quarter) => `${unit} · ${quarter}`,
    contacted: "Contacted",
    rate: "Coverage",
    assignedLine: (assigned, contacted) => `${assigned} assigned, ${contacted} contacted`,
    worklistTitle: (total) => `Not contacted yet (${total})`,
    worklistCut: (shown, total) => `${total} in all; the first ${shown} are shown`,
    everyoneContacted: "Everyone assigned has been contacted this quarter",
    figuresOnly: "The province sees figures only, no names.",
  },
  myPeople: {
    title: "My people",
    intro: "The people and groups of the public assigned to you, marked by whether you contacted them this quarter.",
    name: "Contact",
    contacted: "Contacted this quarter",
    notContacted: "Not contacted this quarter",
    none: "Nobody is assigned to you yet; please ask your unit's liaison office.",
    progress: (done, total) => `${done} of ${total} contacted this quarter`,
  },
  logContact: {
    title: "Log a contact",
    intro: "Record one contact: with whom, when, how, what was discussed and the opinions raised.",
    targets: "Contacted (one or more)",
    pickTargets: "Choose whom you contacted",
    channel: "Channel",
    pickChannel: "Choose the channel",
    occurredAt: "When",
    beijingTime: "Beijing time",
    place: "Place",
    topic: "Topic",
    summary: "Summary",
    opinions: "Opinions raised",
    opinionsHint: "Each opinion or suggestion raised during the contact, one by one; leave empty if none.",
    opinionN: (n) => `Opinion ${n}`,
    opinionTitle: "Title",
    opinionContent: "Content",
    addOpinion: "Add an opinion",
    submit: "Log the contact",
    toLedger: "Open my ledger →",
  },
  ledger: {
    title: "My ledger",
    intro:
      "The contacts you logged, newest first. You can edit one for 7 days after logging it; after that ask the liaison office to correct it.",
    from: "From",
    to: "To",
    apply: "Show",
    thisQuarter: "This quarter",
    export: "Export to Excel",
    badPeriod: "The start date is after the end date",
    created: "Contact logged",
    period: (from, to) => `${from} to ${to}`,
    empty: "No contacts in this period",
    more: "Load more",
    edited: "Edited",
    targets: "Contacted",
    editTitle: "Edit the contact",
    editHint: "Whom you contacted and the opinions raised cannot change; the time can move within the same quarter.",
  },
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
