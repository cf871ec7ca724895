// Annotations that are never lost: the store (notes file in the workspace or global storage), the Notes view
// and the notes commands.
import * as vscode from 'vscode';
import type { AnnotationStore, Services } from '../services';
import { WorkspaceAnnotationStore } from './annotationStore';
import { registerNotesCommands } from './commands';
import { NotesView, type NotesNode } from './notesView';

export function createAnnotationStore(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): AnnotationStore {
  const store = new WorkspaceAnnotationStore(context.globalStorageUri, log);
  context.subscriptions.push(store);
  return store;
}

export function registerNotes(services: Services): vscode.Disposable {
  const store = services.annotations;
  if (!(store instanceof WorkspaceAnnotationStore)) return new vscode.Disposable(() => {});
  const view = new NotesView(store, services.library);
  // No badge: the container's badge belongs to the Articles view (unread articles); orphans have their group.
  const tree = vscode.window.createTreeView(NotesView.id, { treeDataProvider: view, showCollapseAll: true });
  return vscode.Disposable.from(
    view,
    tree,
    registerNotesCommands(services, store, view),
    // For integration tests: the view's content as plain data (labels as the user sees them).
    vscode.commands.registerCommand('_techArticles.notesViewSnapshot', () => snapshot(view)),
  );
}

interface NodeSnapshot {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children: NodeSnapshot[];
}

function snapshot(view: NotesView, node?: NotesNode): NodeSnapshot[] {
  return view.getChildren(node).map(child => {
    const item = view.getTreeItem(child);
    return {
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
      description: typeof item.description === 'string' ? item.description : undefined,
      contextValue: item.contextValue,
      command: item.command && { command: item.command.command, arguments: item.command.arguments },
      children: snapshot(view, child),
    };
  });
}
