import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { chooseTop, previewTop, type TieResolution } from '../../../../shared/logic/choose-top'
import type { RankedTheme, Ranking } from '../../../../shared/logic/ranking'
import { currentProject } from '../../app/session-store'
import { Dialog } from '../../ui/Dialog'
import { formatNumber, ordinal } from '../../i18n/numbers'
import type { PrioritiseEdits } from './prioritise-edits'

interface ChooseTopDialogProps {
  ranking: Ranking
  edits: PrioritiseEdits
  onClose: () => void
  /** After the move: the chosen themes' titles, in rank order. */
  onChosen: (titles: string[]) => void
}

const DEFAULT_N = 3

/**
 * "Kies top N": choose N, see which themes that is, settle a tie at the boundary, confirm. The move
 * is one edit (undo restores the board as it was).
 */
export function ChooseTopDialog({ ranking, edits, onClose, onChosen }: ChooseTopDialogProps) {
  const { t } = useTranslation('prioritise')
  const { t: tc } = useTranslation()
  const countId = useId()
  const [n, setN] = useState(() => Math.max(1, Math.min(DEFAULT_N, ranking.ranked)))
  const [mode, setMode] = useState<TieResolution['kind']>('includeAll')
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const preview = useMemo(() => previewTop(ranking, n), [ranking, n])
  const dots = ranking.method === 'dots'
  const choices = Array.from({ length: Math.max(1, Math.min(ranking.ranked, 30)) }, (_, i) => i + 1)

  const tie = preview.tied.length > 0
  const extra: RankedTheme[] = !tie ? [] : mode === 'includeAll' ? preview.tied : preview.tied.filter((item) => picked.has(item.theme.id))
  const chosen = [...preview.sure, ...extra]
  const alreadyAll = chosen.length > 0 && chosen.every((item) => item.role === 'chosen')
  const canConfirm = chosen.length > 0 && !alreadyAll

  const total = (item: RankedTheme) => (item.total === null ? '' : dots ? String(item.total) : formatNumber(item.total, 2))

  const confirm = () => {
    const columns = currentProject()?.boardColumns
    if (!columns || !canConfirm) return
    const resolve: TieResolution | undefined = !tie ? undefined : mode === 'includeAll' ? { kind: 'includeAll' } : { kind: 'pick', themeIds: [...picked] }
    const result = chooseTop(columns, ranking, n, { resolve, newChosenColumn: { id: 'col-chosen', title: t('ranking.chosen') } })
    if (!result.ok) return
    edits.setColumns(result.columns)
    const titles = new Map(ranking.themes.map((item) => [item.theme.id, item.theme.title]))
    onChosen(result.chosen.map((id) => titles.get(id) ?? id))
  }

  return (
    <Dialog
      open
      title={t('choose.title')}
      onClose={onClose}
      wide
      testId="choose-top"
      footer={
        <>
          <span className="choose-undo-hint">{t('choose.undoHint')}</span>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={confirm} disabled={!canConfirm}>
            {t('choose.confirm', { count: chosen.length })}
          </button>
        </>
      }
    >
      {ranking.ranked === 0 ? (
        <p>{t('choose.nothing')}</p>
      ) : (
        <>
          <div className="field choose-count">
            <label className="field-label" htmlFor={countId}>
              {t('choose.count')}
            </label>
            <select
              id={countId}
              className="select"
              value={n}
              autoFocus
              onChange={(event) => {
                setN(Number(event.target.value))
                setPicked(new Set())
              }}
            >
              {choices.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <p>{t('choose.intro')}</p>
          <ol className="choose-list" data-testid="choose-preview">
            {preview.sure.map((item) => (
              <ChoiceLine key={item.theme.id} item={item} total={total(item)} already={t('choose.already')} />
            ))}
            {extra.map((item) => (
              <ChoiceLine key={item.theme.id} item={item} total={total(item)} already={t('choose.already')} />
            ))}
          </ol>
          {preview.short && <p className="muted">{t('choose.short', { count: preview.sure.length })}</p>}
          {tie && (
            <fieldset className="choose-tie notice notice-warning" data-testid="choose-tie">
              <legend className="visually-hidden">{t('choose.pick')}</legend>
              <p>
                {t('choose.tie', {
                  place: ordinal(preview.tied[0]!.rank!),
                  count: preview.tied.length,
                  total: total(preview.tied[0]!),
                  open: preview.open,
                })}
              </p>
              <label className="choose-option">
                <input type="radio" name="tie" checked={mode === 'includeAll'} onChange={() => setMode('includeAll')} />
                <span>{t('choose.includeAll', { count: preview.tied.length, total: preview.sure.length + preview.tied.length })}</span>
              </label>
              <label className="choose-option">
                <input type="radio" name="tie" checked={mode === 'pick'} onChange={() => setMode('pick')} />
                <span>{t('choose.pick')}</span>
              </label>
              {mode === 'pick' && (
                <div className="choose-picks">
                  <p className="muted">{picked.size === 0 ? t('choose.pickNone') : t('choose.pickHint', { count: preview.open })}</p>
                  {preview.tied.map((item) => (
                    <label key={item.theme.id} className="choose-option">
                      <input
                        type="checkbox"
                        checked={picked.has(item.theme.id)}
                        onChange={(event) => {
                          const next = new Set(picked)
                          if (event.target.checked) next.add(item.theme.id)
                          else next.delete(item.theme.id)
                          setPicked(next)
                        }}
                      />
                      <span>{item.theme.title}</span>
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          )}
          {alreadyAll && <p className="muted">{t('choose.allAlready')}</p>}
        </>
      )}
    </Dialog>
  )
}

function ChoiceLine({ item, total, already }: { item: RankedTheme; total: string; already: string }) {
  return (
    <li data-theme-id={item.theme.id}>
      <span className="choose-rank">{item.rank}</span>
      <span className="choose-title">{item.theme.title}</span>
      <span className="choose-total">{total}</span>
      {item.role === 'chosen' && <span className="badge">{already}</span>}
    </li>
  )
}
