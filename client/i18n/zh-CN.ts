import { zhCNFigures } from './zh-CN-figures';
import { zhCNLayout } from './zh-CN-layout';
import { zhCNReports } from './zh-CN-reports';
import { zhCNDeadlines } from './zh-CN-deadlines';
import { zhCNScorecard } from './zh-CN-scorecard';
import { zhCNViews } from './zh-CN-views';
import { zhCNRules } from './zh-CN-rules';

// Chinese messages: the working language and the source of every key. en.ts must mirror these keys
// (the type below and messages.test.ts both check it). Interpolations use {{name}}.
export const zhCN = {
  app: {
    name: '投诉报表门户',
  },
  language: {
    label: '界面语言',
    'zh-CN': '中文',
    en: 'English',
  },
  hierarchyDate: {
    label: '机构树日期',
    placeholder: '今天',
    printed: '机构树日期：{{date}}',
    help: '机构树按此日期的隶属关系显示；不选即为今天（北京时间）。',
    invalid: '链接中的日期“{{value}}”无效，已按今天（{{today}}）显示。',
  },
  level: {
    HQ: '总公司',
    PROVINCE: '省级分公司',
    CITY: '地市分公司',
    COUNTY: '县支公司',
  },
  kind: {
    BRANCH: '分支机构',
    DEPARTMENT: '部门',
  },
  state: {
    loading: '加载中…',
    retry: '重试',
    failed: '数据加载失败',
    network: '无法连接服务器，请检查网络后重试。',
    forbidden: '您无权查看该数据。',
    unauthenticated: '登录已失效，请重新登录。',
    badInput: '请求参数有误：{{message}}',
    unknown: '服务器返回错误：{{message}}',
  },
  unitTree: {
    title: '机构树',
    empty: '{{date}} 没有机构',
    loadingChildren: '正在加载下级机构…',
    childrenFailed: '下级机构加载失败',
  },
  unitDetails: {
    code: '机构代码',
    nameZh: '中文名称',
    nameEn: '英文名称',
    kind: '机构类型',
    level: '机构层级',
    parent: '上级机构',
    children: '下级机构（{{count}}）',
    noChildren: '无下级机构',
    none: '无',
    notInTree: '{{date}} 该机构不在机构树中。',
    breadcrumb: '机构路径',
  },
  unitsPage: {
    pick: '请在左侧机构树中选择一个机构',
  },
  noAccess: {
    title: '无权访问',
    detail: '您的账号只能查看本机构及下属机构的数据，这个页面不在您的权限范围内。',
    home: '返回我的首页',
  },
  unitNotFound: {
    title: '机构不存在',
    detail: '找不到机构代码“{{code}}”。请检查链接，或在机构树中选择机构。',
    back: '返回机构树',
  },
  routeError: {
    title: '页面出错了',
    detail: '请刷新页面重试；如果问题仍然存在，请联系系统管理员。',
    reload: '刷新页面',
  },
  signIn: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameMissing: '请输入用户名',
    passwordMissing: '请输入密码',
    wrong: '用户名或密码错误。',
    rateLimited: '登录失败次数过多，请 15 分钟后再试。',
    signOut: '退出登录',
  },
  role: {
    HQ_ADMIN: '总公司管理员',
    HQ_ANALYST: '总公司分析员',
    BRANCH: '分支机构',
    REGULATOR: '监管机构',
  },
  notFound: {
    title: '页面不存在',
    detail: '您访问的地址“{{path}}”不存在。',
    home: '返回首页',
  },
  ...zhCNViews,
  ...zhCNDeadlines,
  ...zhCNReports,
  ...zhCNFigures,
  ...zhCNLayout,
  ...zhCNScorecard,
  ...zhCNRules,
};

/** The shape every language's messages must have: the same keys, all strings. */
export type Messages = typeof zhCN;
