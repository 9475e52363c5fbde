package org.budgetworkbench.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.budgetworkbench.model.DocumentOutline;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.ui.Texts;

/**
 * The navigator's view model (导航): builds the tree from the stored documents and narrows it by the
 * filter text. A node whose label matches keeps its whole subtree; otherwise a node stays only for the
 * sake of a matching descendant.
 */
public final class NavigatorViewModel {
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<NavigatorNode> visibleRoot = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ResourceBundle> bundle;
    private List<LoadedDocument> documents = List.of();
    private NavigatorNode fullRoot;

    public NavigatorViewModel(ResourceBundle bundle) {
        this.bundle = new SimpleObjectProperty<>(bundle);
        fullRoot = build(List.of(), bundle);
        filter.addListener((o, a, b) -> refilter());
        this.bundle.addListener((o, a, b) -> setDocuments(documents));
        refilter();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ResourceBundle> bundleProperty() {
        return bundle;
    }

    /** The tree as it should be shown: the full tree narrowed by the filter. */
    public ReadOnlyObjectProperty<NavigatorNode> visibleRootProperty() {
        return visibleRoot.getReadOnlyProperty();
    }

    public NavigatorNode visibleRoot() {
        return visibleRoot.get();
    }

    public void setDocuments(List<LoadedDocument> docs) {
        documents = List.copyOf(docs);
        fullRoot = build(documents, bundle.get());
        refilter();
    }

    /** How many documents the navigator lists (the latest version of each), whatever the filter. */
    public int documentCount() {
        return count(fullRoot);
    }

    private static int count(NavigatorNode n) {
        return n.kind() == NodeKind.DOCUMENT ? 1 : n.children().stream().mapToInt(NavigatorViewModel::count).sum();
    }

    private void refilter() {
        visibleRoot.set(filter(fullRoot, filter.get()));
    }

    static NavigatorNode build(List<LoadedDocument> docs, ResourceBundle b) {
        // department → year → kind and scope (部门 before 单位), sorted; years newest first
        Map<String, Map<Integer, Map<KindAndScope, LoadedDocument>>> grouped = new TreeMap<>();
        for (LoadedDocument d : docs) {
            grouped.computeIfAbsent(d.stored().department(), k -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(d.stored().year(), k -> new TreeMap<>())
                    .merge(new KindAndScope(d.stored().kind(), d.stored().scope()), d,
                            (x, y) -> x.stored().version() >= y.stored().version() ? x : y);
        }
        List<NavigatorNode> departments = new ArrayList<>();
        grouped.forEach((dept, years) -> {
            List<NavigatorNode> yearNodes = new ArrayList<>();
            years.forEach((year, kinds) -> {
                List<NavigatorNode> kindNodes = new ArrayList<>();
                kinds.forEach((ks, d) -> kindNodes.add(withWorkbenchNodes(
                        documentNode(d, dept + "/" + year + "/" + ks.path(), label(ks, kinds.keySet(), b), b),
                        d, docs, b)));
                yearNodes.add(new NavigatorNode(NodeKind.YEAR, Texts.get(b, "nav.year", String.valueOf(year)),
                        dept + "/" + year, null, null, kindNodes));
            });
            departments.add(new NavigatorNode(NodeKind.DEPARTMENT, dept, dept, null, null, yearNodes));
        });
        return new NavigatorNode(NodeKind.ROOT, "", "", null, null, departments);
    }

    /** A document's place under its year: kind, then 部门 before 单位. */
    private record KindAndScope(DocumentKind kind, DocumentScope scope) implements Comparable<KindAndScope> {
        @Override
        public int compareTo(KindAndScope o) {
            int k = kind.compareTo(o.kind);
            return k != 0 ? k : scope.compareTo(o.scope);
        }

        /** A department's document keeps the path it always had; a unit's gets its own. */
        String path() {
            return scope == DocumentScope.DEPARTMENT ? kind.id() : kind.id() + "-" + scope.id();
        }
    }

    /** 预算; 单位预算 for a unit's document, and 部门预算 where the year also holds the unit's of that kind. */
    private static String label(KindAndScope ks, java.util.Set<KindAndScope> siblings, ResourceBundle b) {
        String kind = Texts.get(b, "kind." + ks.kind().id());
        boolean both = siblings.contains(new KindAndScope(ks.kind(), DocumentScope.DEPARTMENT))
                && siblings.contains(new KindAndScope(ks.kind(), DocumentScope.UNIT));
        if (ks.scope() == DocumentScope.DEPARTMENT && !both) {
            return kind;
        }
        return Texts.get(b, "nav.scoped", Texts.get(b, "scope." + ks.scope().id()), kind);
    }

    private static NavigatorNode documentNode(LoadedDocument d, String path, String label, ResourceBundle b) {
        long id = d.stored().id();
        DocumentOutline doc = d.outline();
        List<NavigatorNode> children = new ArrayList<>();
        for (DocumentOutline.TableEntry t : doc.tables()) {
            String title = t.title() == null || t.title().isBlank() ? t.type().standardTitle() : t.title();
            children.add(new NavigatorNode(NodeKind.TABLE, title, path + "/" + t.type().id(), id, t.type(),
                    List.of()));
        }
        if (doc.hasTargets()) {
            children.add(new NavigatorNode(NodeKind.TARGETS, Texts.get(b, "nav.targets"), path + "/targets", id, null,
                    List.of()));
        }
        if (doc.hasEvaluations()) {
            children.add(new NavigatorNode(NodeKind.EVALUATIONS, Texts.get(b, "nav.evaluations"),
                    path + "/evaluations", id, null, List.of()));
        }
        if (doc.hasNarrative()) {
            children.add(new NavigatorNode(NodeKind.NARRATIVE, Texts.get(b, "nav.narrative"), path + "/narrative", id,
                    null, List.of()));
        }
        children.add(new NavigatorNode(NodeKind.CHARTS, Texts.get(b, "nav.charts"), path + "/charts", id, null,
                List.of()));
        return new NavigatorNode(NodeKind.DOCUMENT, label, path, id, null, children, detail(d, b));
    }

    /** "已导入 · 3 条待处理": the document's status and its open findings, if any. */
    static String detail(LoadedDocument d, ResourceBundle b) {
        String status = d.stored().status() == null ? "" : Texts.get(b, "docstatus." + d.stored().status());
        return d.openFindings() > 0 ? status + " · " + Texts.get(b, "nav.openfindings", d.openFindings()) : status;
    }

    /** The analyst's workbench under a document: 比较 where a partner document is stored, and 修改记录. */
    private static NavigatorNode withWorkbenchNodes(NavigatorNode node, LoadedDocument d, List<LoadedDocument> docs,
                                                    ResourceBundle b) {
        List<NavigatorNode> children = new ArrayList<>(node.children());
        long id = d.stored().id();
        if (org.budgetworkbench.ui.compare.Partners.of(d.stored(), docs.stream().map(LoadedDocument::stored)
                .toList()).any()) {
            children.add(new NavigatorNode(NodeKind.COMPARE, Texts.get(b, "nav.compare"), node.path() + "/compare", id,
                    null, List.of()));
        }
        children.add(new NavigatorNode(NodeKind.HISTORY, Texts.get(b, "nav.history"), node.path() + "/history", id,
                null, List.of()));
        return node.withChildren(children);
    }

    static NavigatorNode filter(NavigatorNode root, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return root;
        }
        NavigatorNode kept = keep(root, needle);
        return kept == null ? root.withChildren(List.of()) : kept;
    }

    private static NavigatorNode keep(NavigatorNode node, String needle) {
        if (node.kind() != NodeKind.ROOT && node.label().toLowerCase(Locale.ROOT).contains(needle)) {
            return node;
        }
        List<NavigatorNode> kids = new ArrayList<>();
        for (NavigatorNode c : node.children()) {
            NavigatorNode k = keep(c, needle);
            if (k != null) {
                kids.add(k);
            }
        }
        return kids.isEmpty() ? null : node.withChildren(kids);
    }

    /** The path of the navigator node of a document, whatever the filter; null when it is not listed. */
    public String documentPath(long id) {
        NavigatorNode n = findDocument(fullRoot, id);
        return n == null ? null : n.path();
    }

    private static NavigatorNode findDocument(NavigatorNode node, long id) {
        if (node.kind() == NodeKind.DOCUMENT && node.documentId() != null && node.documentId() == id) {
            return node;
        }
        for (NavigatorNode c : node.children()) {
            NavigatorNode f = findDocument(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Finds a node of the visible tree by its path, to keep a selection across rebuilds. */
    public NavigatorNode find(String path) {
        return find(visibleRoot.get(), path);
    }

    private static NavigatorNode find(NavigatorNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.path().equals(path)) {
            return node;
        }
        for (NavigatorNode c : node.children()) {
            NavigatorNode f = find(c, path);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
