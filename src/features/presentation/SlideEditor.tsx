import { useId, useState } from 'react';
import type { Slide } from '../../data/deck/Deck';
import { FACT_TOKENS } from '../../data/deck/slideFacts';

interface Props {
  slide: Slide;
  onSave: (patch: Pick<Slide, 'title' | 'caption' | 'notes' | 'question'>) => void;
  onCancel: () => void;
}

/** Edits a slide's words. Figures are not typed: the hint lists the {tokens} filled from the data. */
export function SlideEditor({ slide, onSave, onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState(slide.title);
  const [caption, setCaption] = useState(slide.caption);
  const [notes, setNotes] = useState(slide.notes);
  const [question, setQuestion] = useState(slide.question);
  return (
    <form
      className="slide-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ title: title.trim() || slide.title, caption, notes, question: question.trim() });
      }}
    >
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${id}-caption`}>Caption</label>
      <textarea
        id={`${id}-caption`}
        value={caption}
        maxLength={2000}
        rows={3}
        onChange={(e) => setCaption(e.target.value)}
        aria-describedby={`${id}-tokens`}
      />
      <p id={`${id}-tokens`} className="slide-editor-hint">
        Figures come from the data: write a token such as {'{individuals}'} or {'{largest}'}.
        Tokens: {FACT_TOKENS.map((t) => `{${t}}`).join(' ')}
      </p>
      <label htmlFor={`${id}-notes`}>Speaker notes</label>
      <textarea
        id={`${id}-notes`}
        value={notes}
        maxLength={2000}
        rows={3}
        onChange={(e) => setNotes(e.target.value)}
      />
      <label htmlFor={`${id}-question`}>“Predict first” question (optional)</label>
      <input
        id={`${id}-question`}
        value={question}
        maxLength={2000}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <div className="slide-editor-actions">
        <button type="submit">Save slide</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
