import type { Catalog } from "../index";

/**
 * Strings of today's plan (SPEC 4: reasons, capacity, the Today tab, logging from it) and of why a
 * customer moved (the migration history's cause). Keys "plan.", "history.cause", "move.cause".
 */
export const planStrings: Catalog = {
  "history.column.cause": { "zh-CN": "原因", "en-US": "Cause" },
  "history.cause.threshold": { "zh-CN": "分界线移动", "en-US": "Threshold moved" },
  "history.cause.reset": { "zh-CN": "重置", "en-US": "Reset" },
  "history.memoComment": {
    "zh-CN": "四象限客户管理加载项记下的上次刷新所用分界线，用来区分“分界线移动”与客户自身的变动。请勿修改。",
    "en-US": "The thresholds the four-quadrant CRM add-in's last refresh used, to tell a threshold move from the customer's own. Do not edit.",
  },
  "move.threshold.heading": {
    "zh-CN": "分界线移动（客户自身数据未导致变动，{count} 位）",
    "en-US": "Threshold moved — not the customers' own doing ({count})",
  },
  "move.threshold.amount": { "zh-CN": "交易额分界线 {before} → {now}", "en-US": "amount threshold {before} → {now}" },
  "move.threshold.closeness": { "zh-CN": "紧密度分界线 {before} → {now}", "en-US": "closeness threshold {before} → {now}" },
  "move.threshold.join": { "zh-CN": "；", "en-US": "; " },
  "move.threshold.note": {
    "zh-CN": "这些客户自身的交易额和紧密度按上次的分界线仍在原象限：是分界线移动（{change}），不是客户本身的变化。",
    "en-US": "By the previous thresholds these customers' own figures would have kept them where they were: a threshold moved ({change}), not the customer.",
  },

  "plan.why.appointment": { "zh-CN": "今日约见", "en-US": "Appointment today" },
  "plan.why.neverContacted": { "zh-CN": "从未联系", "en-US": "Never contacted" },
  "plan.why.overdue": { "zh-CN": "已逾期 {days} 天", "en-US": "{days} days overdue" },
  "plan.why.overdue.one": { "zh-CN": "已逾期 {days} 天", "en-US": "{days} day overdue" },
  "plan.why.overdue.today": { "zh-CN": "今天到期", "en-US": "Due today" },
  "plan.why.missed": { "zh-CN": "约见 {date} 未履行，已逾期 {days} 天", "en-US": "Appointment of {date} not kept: {days} days overdue" },
  "plan.why.missed.one": { "zh-CN": "约见 {date} 未履行，已逾期 {days} 天", "en-US": "Appointment of {date} not kept: {days} day overdue" },
  "plan.why.missed.today": { "zh-CN": "约见 {date} 未履行", "en-US": "Appointment of {date} not kept" },
  "plan.why.borderline": { "zh-CN": "临界客户，已逾期 {days} 天", "en-US": "Borderline: {days} days overdue" },
  "plan.why.borderline.one": { "zh-CN": "临界客户，已逾期 {days} 天", "en-US": "Borderline: {days} day overdue" },
  "plan.why.borderline.today": { "zh-CN": "临界客户，今天到期", "en-US": "Borderline: due today" },
  "plan.why.birthday": { "zh-CN": "{when}生日", "en-US": "Birthday {when}" },
  "plan.why.renewal": { "zh-CN": "保单 {date} 到期（{when}）", "en-US": "Policy ends {date} ({when})" },
  "plan.why.maturity": { "zh-CN": "{holding} {date} 到期（{when}）", "en-US": "{holding} matures {date} ({when})" },
  "plan.when.today": { "zh-CN": "今天", "en-US": "today" },
  "plan.when.tomorrow": { "zh-CN": "明天", "en-US": "tomorrow" },
  "plan.when.days": { "zh-CN": "{days} 天后", "en-US": "in {days} days" },
  "plan.channel.visit": { "zh-CN": "拜访", "en-US": "Visit" },
  "plan.channel.remote": { "zh-CN": "电话、短信或邮件", "en-US": "Phone, SMS or email" },
  "plan.channel.phone": { "zh-CN": "电话", "en-US": "Phone" },
  "plan.channel.wechat": { "zh-CN": "微信或短信", "en-US": "WeChat or SMS" },
  "plan.todo.contact": { "zh-CN": "{channel}。{strategy}", "en-US": "{channel}. {strategy}" },
  "plan.todo.birthday": { "zh-CN": "微信或短信送上生日祝福，不必拜访。", "en-US": "Send birthday greetings by WeChat or SMS; no visit needed." },
  "plan.todo.renewal": { "zh-CN": "电话提醒续保，顺带检视家庭保障。", "en-US": "Call about the renewal, and review the household's cover." },
  "plan.todo.maturity": { "zh-CN": "电话商量到期资金的去向。", "en-US": "Call about where the maturing money goes." },

  "plan.pane.capacity": {
    "zh-CN": "今天：拜访 {visits} / {visitLimit}，电话等 {calls} / {callLimit}（含今天已联系的）",
    "en-US": "Today: visits {visits} / {visitLimit}, calls {calls} / {callLimit} (contacts made today included)",
  },
  "plan.pane.noLimit": { "zh-CN": "不限", "en-US": "no limit" },
  "plan.pane.full": {
    "zh-CN": "今天的拜访和电话名额已排满；其余到期的客户见下方。",
    "en-US": "Today's visits and calls are all taken; the other customers due are below.",
  },
  "plan.pane.later": { "zh-CN": "也已到期，今天排不下（{count}）", "en-US": "Also due, not today ({count})" },
  "plan.pane.contacted": { "zh-CN": "今天已联系（{count}）", "en-US": "Contacted today ({count})" },
  "plan.pane.rescheduledTo": { "zh-CN": "改约至 {date}", "en-US": "Rescheduled to {date}" },
  "plan.pane.contactedBlank": { "zh-CN": "已记录跟进", "en-US": "Follow-up logged" },

  "plan.log.reschedule": { "zh-CN": "改约", "en-US": "Reschedule" },
  "plan.log.rescheduleTitle": { "zh-CN": "改约：{name}", "en-US": "Reschedule: {name}" },
  "plan.log.rescheduleTo": { "zh-CN": "改到哪天", "en-US": "New date" },
  "plan.log.rescheduleWhy": { "zh-CN": "原因（可不填）", "en-US": "Why (optional)" },
  "plan.log.error.missing": { "zh-CN": "请填写日期。", "en-US": "Enter a date." },
  "plan.log.error.invalid": { "zh-CN": "请输入有效的日期。", "en-US": "Enter a valid date." },
  "plan.log.error.afterToday": { "zh-CN": "日期不能晚于今天（{date}）。", "en-US": "The date can't be after today ({date})." },
  "plan.log.error.beforeVisit": { "zh-CN": "下次约见不能早于这次跟进（{date}）。", "en-US": "The next date can't be before this follow-up ({date})." },
  "plan.log.error.beforeToday": { "zh-CN": "改约的日期不能早于今天（{date}）。", "en-US": "The new date can't be before today ({date})." },
  "plan.log.error.noChannelColumn": {
    "zh-CN": "跟进记录没有“方式”列，改约与联系无法区分：请先在该表加上“方式”列。",
    "en-US": "The follow-ups have no Channel column, so a rescheduling could not be told from a contact: add a Channel column to that table first.",
  },

  "plan.cli.later": {
    "zh-CN": "另有 {count} 位已到期，今天排不下（--all 全部列出）。",
    "en-US": "{count} more are due but not today (--all lists them).",
  },
  "plan.cli.laterListed": {
    "zh-CN": "未编号（–）的 {count} 位已到期，但今天排不下。",
    "en-US": "The {count} without a number (–) are due but not today.",
  },
  "cli.help.planAll": {
    "zh-CN": "列出全部候选客户，并标明是否排在今天（today）",
    "en-US": "list every candidate, each marked today or not",
  },

  "setting.dailyVisits": {
    "zh-CN": "每天拜访上限：今日拜访最多排这么多次拜访（约见总会保留）；留空 = 不限",
    "en-US": "Visits a day: today's plan holds at most this many visits (appointments are always kept); blank = no limit",
  },
  "setting.dailyCalls": {
    "zh-CN": "每天电话上限：电话、短信、微信、邮件联系的上限；留空 = 不限",
    "en-US": "Calls a day: phone, SMS, WeChat and email contacts on today's plan; blank = no limit",
  },
  "setting.borderlineCadence": {
    "zh-CN": "临界客户联系间隔系数：临界客户按象限间隔 × 该值（取整）联系",
    "en-US": "Borderline cadence: a borderline customer is due after the quadrant's cadence × this (rounded down)",
  },
  "setting.birthdayDays": {
    "zh-CN": "生日提前天数：从今天到这么多天后的生日列入今日拜访",
    "en-US": "Birthday notice (days): birthdays from today to this many days ahead go on today's plan",
  },
};
