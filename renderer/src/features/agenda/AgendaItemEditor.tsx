/** The details of one agenda item: title, kind, duration, owner, preparation and links to themes or work groups. */
import { useTranslation } from 'react-i18next'
import { agendaItemKinds, type AgendaItem, type AgendaItemKind, type Participant, type Theme, type WorkGroup } from '../../../../shared/model'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import type { AgendaEdits } from './agenda-edits'

interface AgendaItemEditorProps {
  item: AgendaItem
  participants: readonly Participant[]
  themes: readonly Theme[]
  workGroups: readonly WorkGroup[]
  edits: AgendaEdits
}

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

export function AgendaItemEditor({ item, participants, themes, workGroups, edits }: AgendaItemEditorProps) {
  const { t } = useTranslation('agenda')
  const ownerOptions = [
    { value: '', label: t('fields.noOwner') },
    ...participants.filter((p) => p.active || p.id === item.ownerId).map((p) => ({ value: p.id, label: p.name })),
  ]
  const kindOptions = agendaItemKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))
  return (
    <div className="agenda-editor" data-testid="agenda-editor">
      <div className="agenda-editor-grid">
        <TextField label={t('fields.title')} value={item.title} onChange={(title) => edits.update(item.id, { title }, 'title')} autoFocus />
        <SelectField<AgendaItemKind> label={t('fields.kind')} value={item.kind} options={kindOptions} onChange={(kind) => edits.update(item.id, { kind })} />
        <SelectField<string>
          label={t('fields.owner')}
          value={item.ownerId ?? ''}
          options={ownerOptions}
          onChange={(ownerId) => edits.update(item.id, { ownerId: ownerId === '' ? null : ownerId })}
        />
      </div>
      <TextArea
        label={t('fields.preparation')}
        hint={t('fields.preparationHint')}
        value={item.preparation}
        onChange={(preparation) => edits.update(item.id, { preparation }, 'preparation')}
        rows={2}
      />
      <fieldset className="agenda-links">
        <legend className="field-label">{t('fields.links')}</legend>
        {themes.length === 0 && workGroups.length === 0 && <p className="muted">{t('fields.noLinks')}</p>}
        {workGroups.length > 0 && (
          <div className="agenda-link-group">
            <span className="agenda-link-heading">{t('fields.workGroups')}</span>
            {workGroups.map((group) => (
              <label key={group.id} className="agenda-check">
                <input
                  type="checkbox"
                  checked={item.workGroupIds.includes(group.id)}
                  onChange={() => edits.update(item.id, { workGroupIds: toggle(item.workGroupIds, group.id) })}
                />
                {group.name}
              </label>
            ))}
          </div>
        )}
        {themes.length > 0 && (
          <details className="agenda-link-group">
            <summary className="agenda-link-heading">
              {t('fields.themes')} ({item.themeIds.length})
            </summary>
            <div className="agenda-theme-list">
              {themes.map((theme) => (
                <label key={theme.id} className="agenda-check">
                  <input
                    type="checkbox"
                    checked={item.themeIds.includes(theme.id)}
                    onChange={() => edits.update(item.id, { themeIds: toggle(item.themeIds, theme.id) })}
                  />
                  {theme.title}
                </label>
              ))}
            </div>
          </details>
        )}
      </fieldset>
    </div>
  )
}
