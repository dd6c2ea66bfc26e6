// course:* — the served course as the page shows it (sections, rules, provider block).
import { certificateRuleText } from '../../../questions/engine/course-rules'
import type { Handlers } from '../dispatch'
import type { Services } from '../../app/services'

export function courseHandlers(s: Services): Pick<Handlers, 'course:info'> {
  const c = s.course
  return {
    'course:info': () => ({
      id: c.id,
      version: c.version,
      title: c.title,
      sections: c.sections.map((x) => ({ ...x })),
      objectives: [...c.objectives],
      rules: s.rules,
      ruleText: certificateRuleText(s.rules),
      provider: c.provider
    })
  }
}
