/**
 * 中文词条。键集合由 en.ts 定义，这里必须一一对应（`satisfies Catalogue`，且测试会检查
 * 两边的 `{占位符}` 完全一致）。术语对齐华为 LTC/ITR 的说法：线索、机会点、投标、合同、
 * 回款、工单、对账通知、催款、坏账、黑名单……
 *
 * 规则（有测试）：除占位符和 AR、SR、FR、LTC、ITR、KPI、DSO、SLA 等缩写外，不出现
 * 连续 3 个及以上的拉丁字母。
 */
import type { Catalogue } from './en.ts';
import { debriefZh } from './debrief.zh.ts';
import { decisionsZh } from './decisions.zh.ts';
import { eventsZh } from './events.zh.ts';
import { rejectionsZh } from './rejections.zh.ts';
import { kpisZh } from './kpis.zh.ts';
import { savesZh } from './saves.zh.ts';
import { onboardingZh } from './onboarding.zh.ts';
import { studioEntryZh } from './studio-entry.zh.ts';
import { workshopEntryZh } from './workshop-entry.zh.ts';
import { coachZh } from './coach.zh.ts';
import { panelZh } from './panel.zh.ts';
import { presalesZh } from './presales.zh.ts';

const core = {
  // ── 应用 ──────────────────────────────────────────────────────────────────
  'ui.app.title': '铁三角沙盘',
  'ui.app.tagline': '从线索到回款、从问题到解决：铁三角协同作战演练',
  'ui.app.language': '语言',
  'ui.app.switchLanguage': '切换为英文界面',

  // ── 开始界面 ──────────────────────────────────────────────────────────────
  'ui.start.title': '新的一局',
  'ui.start.chooseScenario': '选择场景',
  'ui.start.language': '界面语言',
  'ui.start.mode': '模式',
  'ui.start.solo': '单人：另外两个角色由机器人扮演',
  'ui.start.team': '团队：三人各扮演一个角色',
  'ui.start.yourRole': '你的角色',
  'ui.start.seed': '随机种子',
  'ui.start.seedHint': '相同场景、相同种子，结果的差别只来自你们的决策',
  'ui.start.newSeed': '换一个种子',
  'ui.start.start': '开始',
  'ui.start.resume': '继续上次的进度',
  'ui.start.weeks': '{weeks} 周',
  'ui.start.difficulty': '难度',
  'ui.start.objectives': '学习目标',
  'ui.start.broken': '这个场景文件有错误，无法开始：',

  // ── 任务简报 ──────────────────────────────────────────────────────────────
  'ui.briefing.title': '任务简报',
  'ui.briefing.situation': '项目背景',
  'ui.briefing.responsibilities': '各角色职责',
  'ui.briefing.objectives': '目标',
  'ui.briefing.you': '你',
  'ui.briefing.aPlayer': '玩家',
  'ui.briefing.bot': '机器人',
  'ui.briefing.begin': '开始第 1 周',

  // ── 对局界面 ──────────────────────────────────────────────────────────────
  'ui.play.week': '第 {week}/{weeks} 周',
  'ui.play.yourTurn': '轮到{role}行动',
  'ui.play.daysLeft': '{role}本周剩余 {days} 天',
  'ui.play.actions': '可执行的操作',
  'ui.play.unavailable': '暂不可用：{reason}',
  'ui.play.rejected': '操作未执行：{reason}',
  'ui.play.cost': '耗时 {cost}',
  'ui.play.forSelected': '针对所选对象',
  'ui.play.general': '通用操作',
  'ui.play.nothingForSelected': '你的角色目前对所选对象无事可做',
  'ui.play.selectHint': '选择一条线索、一张发票、一个工单或一个客户，查看详情和可执行的操作',
  'ui.play.selected': '所选对象',
  'ui.play.sidePanel': '行动与详情',
  'ui.play.customers': '客户',
  'ui.play.pipeline': '流程看板',
  'ui.play.powerMap': '权力地图',
  'ui.play.stakeholders': '决策链关键人',
  'ui.play.influence': '影响力',
  'ui.play.support': '支持度',
  'ui.play.supporter': '支持者',
  'ui.play.neutral': '中立',
  'ui.play.opponent': '反对者',
  'ui.play.left': '已离职',
  'ui.play.knownPains': '已知痛点',
  'ui.play.noPainsKnown': '尚未发现痛点',
  'ui.play.issueHistory': '问题历史（ITR）',
  'ui.play.feed': '动态',
  'ui.play.world': '外部',
  'ui.play.costDays': '{days}天',
  'ui.play.botTag': '机器人',
  'ui.play.kpiBar': '关键指标',
  'ui.play.cash': '现金',
  'ui.play.endWeek': '结束本周',
  'ui.play.endTurn': '结束我的回合',
  'ui.play.handOver': '请交给{role}',
  'ui.play.startTurn': '我是{role}，开始我的回合',
  'ui.play.botsPlaying': '机器人正在扮演：{roles}',
  'ui.play.boardFailed': '看板加载失败（{reason}），下方列表仍可正常使用。',
  'ui.play.stateHash': '局面校验码：校验码相同，局面就完全相同（点击复制）',

  // ── 详情面板 ──────────────────────────────────────────────────────────────
  'ui.detail.status': '状态',
  'ui.detail.credit': '资信',
  'ui.detail.satisfaction': '满意度',
  'ui.detail.exposure': '风险敞口',
  'ui.detail.lead': '线索',
  'ui.detail.stage': '阶段',
  'ui.detail.deadline': '投标截止',
  'ui.detail.budget': '预算',
  'ui.detail.fit': '方案匹配度',
  'ui.detail.feasibility': '交付计划',
  'ui.detail.competitors': '竞争对手',
  'ui.detail.terms': '付款条款',
  'ui.detail.bid': '投标报价',
  'ui.detail.contract': '合同',
  'ui.detail.order': '订单',
  'ui.detail.invoice': '发票',
  'ui.detail.ticket': '工单',
  'ui.detail.due': '到期',
  'ui.detail.day': '第 {day} 天',
  'ui.detail.none': '未评估',
  'ui.detail.unknown': '未确认',
  'ui.detail.unchecked': '未做资信调查',
  'ui.detail.noIssues': '暂无问题记录',
  'ui.detail.open': '处理中',
  'ui.detail.resolved': '已解决',
  'ui.detail.tenderTerms': '招标付款要求',
  'ui.detail.tenderNoAdvance': '不接受预付款',
  'ui.detail.tenderMaxAdvance': '预付款最多 {pct}',
  'ui.detail.tenderTermsAria': '客户招标允许：{terms}',
  'ui.detail.termsDefault': '尚未设定：投标时按{terms}',
  'ui.detail.drivers': '满意度从何而来',
  'ui.detail.driversSummary': '满意度 {now}：起始 {start}，至今 {change}',
  'ui.detail.driversNone': '客户满意度至今没有变化',
  'ui.detail.driverItem': '{reason}：{delta}',

  // ── 行动面板中的付款条款 ──────────────────────────────────────────────────
  'ui.terms.forbiddenNone': '客户招标不接受预付款：按此条款投标将被判为废标',
  'ui.terms.forbiddenMax': '客户招标最多接受 {max} 预付款：按此条款投标将被判为废标',
  'ui.terms.current': '当前',
  'ui.bid.price': '报价 {price}',
  'ui.bid.margin': '毛利 {margin}（{pct}）',
  'ui.bid.insideBudget': '在客户预算内',
  'ui.bid.overBudget': '超出客户预算',
  'ui.bid.budgetUnknown': '预算未知',
  'ui.bid.chance': '预估赢率 {chance}',
  'ui.bid.late': '审批需要 {days}：标书会在第 {week} 周周五之后才送达客户，将因迟交而丢标',
  'ui.cash.onList': '回款（按目录价）：{parts}',
  'ui.cash.onBid': '回款（按我方报价）：{parts}',
  'ui.cash.advance': '签约预付 {amount}，{days}内到账',
  'ui.cash.delivery': '到货 {amount}，账期 {days}',
  'ui.cash.acceptance': '验收 {amount}，账期 {days}',
  'ui.cash.retention': '质保金 {amount}，验收后 {weeks} 周，账期 {days}',
  'ui.detail.deadlineRule': '投标须在第 {week} 周周五前审批完毕',
  'ui.detail.deadlineAfterEnd': '投标须在第 {week} 周周五前审批完毕——晚于游戏结束，届时此标仍未决定，不计入任何指标',

  // ── 一行看懂得分（KPI 栏提示） ────────────────────────────────────────────

  // ── 决策卡 ────────────────────────────────────────────────────────────────
  'ui.card.title': '决策卡',
  'ui.card.choose': '选择',
  'ui.card.defaultNote': '本周结束前无人选择的，按第一个选项执行。',

  // ── 结束界面 ──────────────────────────────────────────────────────────────
  'ui.end.title': '最终结果',
  'ui.end.finalKpis': '最终 KPI',
  'ui.end.score': '综合得分',
  'ui.end.scoreHint': '1000 分表示各项目标恰好达成',
  'ui.end.debrief': '复盘',
  'ui.end.playAgain': '再来一局',
  'ui.end.openTenders': '还有 {n} 个招标未决（其中 {bids} 个已投标）：客户在最后一周之后才定标，因此不计入任何指标，也不计入赢率。',
  'ui.end.exportSave': '导出存档',
  'ui.end.importSave': '导入存档',

  // ── 存档 ──────────────────────────────────────────────────────────────────
  'ui.branch.banner': '假设分支：从第 {week} 周开始——此前的世界相同，此后由你重新决策。原来的游戏仍保留在已保存的游戏中，复盘会对比两者。',

  // ── 无障碍标签 ────────────────────────────────────────────────────────────

  // ── 角色 ──────────────────────────────────────────────────────────────────
  'role.AR': 'AR 客户经理',
  'role.SR': 'SR 方案经理',
  'role.FR': 'FR 交付经理',
  'role.short.AR': '客户经理',
  'role.short.SR': '方案经理',
  'role.short.FR': '交付经理',

  'srole.decisionMaker': '决策者',
  'srole.influencer': '影响者',
  'srole.technicalEvaluator': '技术评估',
  'srole.procurement': '采购',
  'srole.finance': '财务',

  // ── KPI ───────────────────────────────────────────────────────────────────


  // ── 看板泳道 ──────────────────────────────────────────────────────────────
  'lane.lead': '线索',
  'lane.opportunity': '机会点',
  'lane.bid': '投标',
  'lane.contract': '合同',
  'lane.order': '订单',
  'lane.invoice': '开票',
  'lane.cash': '回款',
  'lane.ticket': '工单',

  // ── 枚举名称 ──────────────────────────────────────────────────────────────
  'ticketKind.install': '安装工单',
  'ticketKind.repair': '维修工单',
  'ticketKind.partsRequest': '配件申请',
  'ticketKind.partsReturn': '配件退换',
  'ticketKind.complaint': '客户投诉',

  'ticketCause.delivery': '新设备到货',
  'ticketCause.defect': '设备故障',
  'ticketCause.late': '交付延期',
  'ticketCause.breach': '工单超出 SLA',
  'ticketCause.acceptance': '验收未通过',
  'ticketCause.spares': '需要备件',
  'ticketCause.return': '旧件退回',
  'ticketCause.veto': '合同被否决',
  'ticketCause.scripted': '客户报告',

  'ticketStatus.open': '处理中',
  'ticketStatus.resolved': '已解决',

  'leadGrade.primary': '初级线索',
  'leadGrade.credible': '可信线索',
  'leadGrade.opportunity': '机会线索',
  'leadGrade.junk': '无效线索',
  'leadGrade.expired': '已失效',
  'leadGrade.dropped': '已放弃',

  'oppStatus.open': '跟进中',
  'oppStatus.bidding': '已投标',
  'oppStatus.won': '中标',
  'oppStatus.lost': '丢标',
  'oppStatus.noBid': '未投标',
  'oppStatus.signed': '已签约',
  'oppStatus.vetoed': '被否决',

  'orderStatus.approving': '审批中',
  'orderStatus.awaitingAdvance': '等待预付款',
  'orderStatus.production': '生产中',
  'orderStatus.shipping': '发运中',
  'orderStatus.install': '待安装',
  'orderStatus.acceptance': '待验收',
  'orderStatus.accepted': '已验收',

  'contractStatus.approving': '审批中',
  'contractStatus.active': '执行中',
  'contractStatus.vetoed': '已否决',
  'contractStatus.closed': '已关闭',

  'invoiceStatus.open': '待回款',
  'invoiceStatus.paid': '已回款',
  'invoiceStatus.legal': '诉讼中',
  'invoiceStatus.claimed': '已信保理赔',
  'invoiceStatus.writtenOff': '已核销',

  'milestone.advance': '预付款',
  'milestone.delivery': '到货款',
  'milestone.acceptance': '验收款',
  'milestone.retention': '质保金',

  'veto.negativeMargin': '毛利为负',
  'veto.tooSmall': '客户规模低于准入门槛',
  'veto.pledgeRatio': '股权质押率超过上限',
  'veto.blacklisted': '客户已列入黑名单',
  'veto.creditLimit': '超出该客户的授信额度',
  'veto.creditBudget': '超出公司授信总额',

  'junk.noCustomer': '没有具体的客户',
  'junk.noIntention': '客户没有采购意向',
  'junk.noFit': '我们没有匹配的解决方案',
  'junk.unknown': '不是真实需求',

  'activity.seminar': '技术研讨会',
  'activity.exhibition': '行业展会',
  'activity.executiveVisit': '高层拜访',
  'activity.referenceVisit': '样板点参观',

  'why.veto': '合同被否决',
  'why.accepted': '验收通过',
  'why.ticketResolved': '问题已解决',
  'why.acceptanceFailed': '验收未通过',
  'why.late': '交付延期',
  'why.sued': '我方提起诉讼',
  'why.defect': '设备故障',
  'why.slaBreached': '工单超出 SLA',
  'why.complaintIgnored': '投诉未及时处理',
  'why.dunnedWhileAggrieved': '投诉未解决就催款',
  'why.scripted': '市场变化',
  'why.onTime': '按期交付',
  'why.solutionFit': '方案与需求的匹配度',
  'why.relationship': '客户各层对我方团队的熟悉和信任',
  'why.grievance': '投诉或超期工单未关闭',

  'overdueCause.ours': '我方原因',
  'overdueCause.theirs': '客户原因',

  'termsPreset.prepaid': '预付',
  'termsPreset.advance': '预付款30%',
  'termsPreset.standard': '标准',
  'termsPreset.loose': '宽松',

  'terms.advance': '预付 {pct}',
  'terms.delivery': '到货 {pct}',
  'terms.acceptance': '验收 {pct}',
  'terms.retention': '质保金 {pct}',
  'terms.netDays': '账期 {days}',


  // ── 量词与拼接 ────────────────────────────────────────────────────────────
  'unit.day.one': '{n} 天',
  'unit.day.other': '{n} 天',
  'unit.week.one': '{n} 周',
  'unit.week.other': '{n} 周',
  'unit.lead.one': '{n} 条新线索',
  'unit.lead.other': '{n} 条新线索',
  'unit.invoice.one': '{n} 张发票',
  'unit.invoice.other': '{n} 张发票',
  'unit.unit.one': '{n} 套',
  'unit.unit.other': '{n} 套',
  'unit.part.one': '{n} 件备件',
  'unit.part.other': '{n} 件备件',

  'fmt.paren': '{text}（{note}）',
  'fmt.listSep': '、',
  'fmt.listLast': '和',
  'fmt.sep': ' · ',
  'fmt.week': '第 {week} 周',
  'fmt.lead': '{product} ×{quantity}',
  'fmt.invoice': '{deal}·{milestone}',
  'fmt.ticket': '{what}·第 {week} 周',

  // ── 操作类型 ──────────────────────────────────────────────────────────────
  'kind.marketing': '市场活动',
  'kind.qualifyLead': '验证线索',
  'kind.dropLead': '放弃线索',
  'kind.visit': '客户拜访',
  'kind.discover': '需求挖掘',
  'kind.creditCheck': '资信调查',
  'kind.setTerms': '付款条款',
  'kind.designSolution': '方案设计',
  'kind.submitBid': '投标',
  'kind.abandon': '放弃机会点',
  'kind.feasibility': '交付可行性评估',
  'kind.install': '安装',
  'kind.acceptance': '验收',
  'kind.workTicket': '处理工单',
  'kind.feedRootCause': '根因反馈',
  'kind.orderParts': '订购备件',
  'kind.sendReconciliation': '对账通知',
  'kind.dun': '催款',
  'kind.analyzeOverdue': '逾期分析',
  'kind.legalAction': '法律诉讼',
  'kind.claimInsurance': '信保理赔',
  'kind.writeOff': '坏账核销',
  'kind.blacklist': '列入黑名单',
  'kind.chooseCard': '决策卡',
  'kind.endWeek': '结束本周',
  'kind.inject': '讲师插入事件',

  // ── 操作按钮 ──────────────────────────────────────────────────────────────
  'act.marketing.seminar': '举办技术研讨会',
  'act.marketing.exhibition': '参加行业展会',
  'act.marketing.executiveVisit': '安排高层拜访{customer}（找线索）',
  'act.marketing.referenceVisit': '邀请{customer}参观样板点',
  'act.marketing.unknown': '市场活动：{activity}',
  'act.qualifyLead': '验证线索 {lead}',
  'act.dropLead': '放弃线索 {lead}',
  'act.visit': '拜访 {stakeholder}',
  'act.visit.with': '与{with}一起拜访 {stakeholder}',
  'act.discover': '需求挖掘：确认预算、启动时间和痛点',
  'act.creditCheck': '对{customer}做资信调查',
  'act.setTerms': '付款条款：{terms}',
  'act.setTerms.insured': '{text} + 信用保险',
  'act.designSolution': '设计解决方案',
  'act.submitBid': '投标，折扣 {discount}',
  'act.submitBid.list': '投标，按目录价不打折',
  'act.abandon': '放弃该机会点',
  'act.feasibility': '评估交付可行性',
  'act.install': '安装订单 {order}',
  'act.acceptance': '组织订单 {order} 验收',
  'act.workTicket': '处理工单 {ticket}',
  'act.workTicket.complaint': '回应投诉 {ticket}',
  'act.feedRootCause': '向产品线反馈 {ticket} 的根因',
  'act.orderParts': '订购 {qty}',
  'act.sendReconciliation': '向{customer}发送对账通知',
  'act.dun': '就发票 {invoice} 催款',
  'act.analyzeOverdue': '分析发票 {invoice} 的逾期原因',
  'act.legalAction': '就发票 {invoice} 提起诉讼',
  'act.claimInsurance': '就发票 {invoice} 申请信保理赔',
  'act.writeOff': '将发票 {invoice} 核销为坏账',
  'act.blacklist': '将{customer}列入黑名单',
  'act.chooseCard': '{card}：选择“{option}”',
  'act.endWeek': '结束本周',
  'act.inject': '讲师插入事件：{what}',
};

export const zh = { ...core, ...kpisZh, ...savesZh, ...presalesZh, ...onboardingZh, ...panelZh, ...rejectionsZh, ...eventsZh, ...debriefZh, ...decisionsZh, ...coachZh, ...studioEntryZh, ...workshopEntryZh } satisfies Catalogue;
