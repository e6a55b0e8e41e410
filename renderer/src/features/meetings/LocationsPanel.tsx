/** The list of locations (name, address, notes) meetings pick from; removing one is undoable. */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProject } from '../../app/session-store'
import { newId } from '../../app/new-id'
import { TextArea, TextField } from '../../ui/fields'
import { RemoveButton } from '../../ui/RemoveButton'
import { useMeetingEdits } from './meeting-edits'

export function LocationsPanel({ announce }: { announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const locations = useProject((p) => p.locations)
  const meetings = useProject((p) => p.meetings)
  const edits = useMeetingEdits()
  const [focusId, setFocusId] = useState<string | null>(null)
  const used = useMemo(() => {
    const counts = new Map<string, number>()
    for (const m of meetings) if (m.locationId) counts.set(m.locationId, (counts.get(m.locationId) ?? 0) + 1)
    return counts
  }, [meetings])
  const add = () => {
    const id = newId('loc-')
    edits.addLocation({ id, name: t('locations.newName'), address: '', notes: '' })
    setFocusId(id)
  }
  return (
    <div className="form-grid" data-testid="locations-panel">
      <div className="mt-card-head">
        <div>
          <h2 className="section-title">{t('locations.heading')}</h2>
          <p className="muted">{t('locations.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={add}>
          {t('locations.add')}
        </button>
      </div>
      {locations.length === 0 && <p className="muted">{t('locations.empty')}</p>}
      <div className="mt-location-grid">
        {locations.map((location) => (
          <div className="card mt-card" key={location.id} data-testid="location-card">
            <div className="card-body form-grid">
              <div className="mt-location-head">
                <span className="badge">{t('locations.used', { count: used.get(location.id) ?? 0 })}</span>
                <RemoveButton
                  label={t('locations.remove', { name: location.name })}
                  title={used.get(location.id) ? t('locations.inUse') : null}
                  onClick={() => {
                    edits.removeLocation(location.id)
                    announce(t('locations.removed', { name: location.name }))
                  }}
                />
              </div>
              <TextField
                label={t('locations.name')}
                value={location.name}
                autoFocus={focusId === location.id}
                onChange={(name) => edits.updateLocation(location.id, { name }, `location:${location.id}:name`)}
              />
              <TextField label={t('locations.address')} value={location.address} onChange={(address) => edits.updateLocation(location.id, { address }, `location:${location.id}:address`)} />
              <TextArea
                label={t('locations.notes')}
                hint={t('locations.notesHint')}
                value={location.notes}
                rows={2}
                onChange={(notes) => edits.updateLocation(location.id, { notes }, `location:${location.id}:notes`)}
              />
            </div>
          </div>
        ))}
      </div>
    </div>
  )
}
